import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { presetContacts } from '../../../shared/contacts/presets';
import { contactSchema, type Contact } from '../../../shared/schemas/contact';
import type { Language } from '../../../shared/schemas/settings';
import type { DocumentSpec } from '../store/document-spec';
import type { DocumentStore } from '../store/document-store';
import type { Workspace } from '../workspaces';

/** The contacts directory of one workspace (owned by the contacts feature; incidents link to it). */
export const contactsSpec: DocumentSpec<Contact[]> = {
  name: 'contacts',
  schema: z.array(contactSchema).max(500),
  version: 1,
  empty: () => [],
};

/**
 * The directory store, with the public desks copied in on the very first use (when no contacts
 * file exists yet). After that they are the user's data: an app update never changes or re-adds
 * them behind the user's back. Other features reading contacts should open it through this.
 */
export function contactsDirectory(ws: Workspace, language: Language): DocumentStore<Contact[]> {
  const store = ws.document(contactsSpec);
  if (!store.exists()) store.set(presetContacts(language, randomUUID));
  return store;
}
