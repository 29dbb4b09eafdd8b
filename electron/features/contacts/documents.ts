import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { presetContacts } from '../../../shared/contacts/presets';
import { contactSchema, type Contact } from '../../../shared/contacts/schema';
import type { Language } from '../../../shared/settings/schema';
import type { DocumentSpec } from '../../services/store/document-spec';
import type { DocumentStore } from '../../services/store/document-store';
import type { Workspace } from '../../services/workspaces';

/** The contacts directory of one workspace (owned by the contacts feature; incidents link to it). */
export const contactsSpec: DocumentSpec<Contact[]> = {
  name: 'contacts',
  schema: z.array(contactSchema).max(500),
  version: 1,
  empty: () => [],
};

/**
 * The contacts feature's public read: the directory as stored, for every feature (incident
 * picker, summary, emergency card), so they all list exactly what Contacts lists. Never writes.
 */
export function readContacts(ws: Workspace): Contact[] {
  return ws.document(contactsSpec).get();
}

/**
 * The preset rule, run by commands only (company creation, start-up, first contacts edit): the
 * public desks are copied in once, when no contacts file exists yet. After that they are the
 * user's data: an app update never changes or re-adds them behind the user's back.
 */
export function seedPresetContacts(ws: Workspace, language: Language): void {
  const store = ws.document(contactsSpec);
  if (!store.exists()) store.set(presetContacts(language, randomUUID));
}

/** The directory store for a command that edits it, seeded first (see `seedPresetContacts`). */
export function contactsDirectory(ws: Workspace, language: Language): DocumentStore<Contact[]> {
  seedPresetContacts(ws, language);
  return ws.document(contactsSpec);
}
