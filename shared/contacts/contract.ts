import { z } from 'zod';
import { command, query } from '../api/endpoint';
import { byId, id, noInput } from '../schemas/common';
import { contactInputSchema, type Contact } from './schema';
import type { GeneratedFile } from '../files/schema';
import { languageSchema } from '../settings/schema';

export const contactsContract = {
  /** The directory in calling order. A workspace's first read adds the public desks once. */
  list: query<Contact[]>()(noInput, { reads: ['contacts'] }),
  /** Creates (no id) or replaces (with id) one contact; returns the whole directory. */
  save: command<Contact[]>()(contactInputSchema),
  remove: command<Contact[]>()(byId),
  /** Moves a contact one place; the card's calling order follows the list. */
  move: command<Contact[]>()(z.object({ id, direction: z.enum(['up', 'down']) }).strict()),
  /** "I checked this today": sets lastCheckedAt to today's date. */
  markChecked: command<Contact[]>()(byId),
  /** Adds back any public desk the user has removed (never overwrites an existing one). */
  restorePresets: command<Contact[]>()(noInput),
  /** The one-page emergency card as a PDF. */
  emergencyCard: query<GeneratedFile>()(z.object({ language: languageSchema }).strict(), { reads: ['contacts', 'profile', 'workspace'] }),
};
