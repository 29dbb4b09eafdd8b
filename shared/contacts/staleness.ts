import { addYears, isAfter, parseISO } from 'date-fns';
import type { Contact } from './schema';

/**
 * A contact needs a check when nobody has confirmed it for more than a year (or ever): numbers
 * and people change, and the emergency card is only as good as its oldest entry.
 */
export function needsCheck(contact: Pick<Contact, 'lastCheckedAt'>, today: string): boolean {
  if (!contact.lastCheckedAt) return true;
  return isAfter(parseISO(today), addYears(parseISO(contact.lastCheckedAt), 1));
}

export function countNeedingCheck(contacts: Contact[], today: string): number {
  return contacts.filter((c) => needsCheck(c, today)).length;
}
