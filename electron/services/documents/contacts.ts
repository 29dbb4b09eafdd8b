import { z } from 'zod';
import { contactSchema, type Contact } from '../../../shared/schemas/contact';
import type { DocumentSpec } from '../store/document-spec';

/** The contacts directory of one workspace (owned by the contacts feature; incidents link to it). */
export const contactsSpec: DocumentSpec<Contact[]> = {
  name: 'contacts',
  schema: z.array(contactSchema).max(500),
  version: 1,
  empty: () => [],
};
