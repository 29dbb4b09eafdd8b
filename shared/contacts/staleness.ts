import { addYears, format, parseISO } from 'date-fns';
import type { Contact } from './schema';

/** The last day a contact's check still counts (a year after it), or null when never checked. */
export function checkDueOn(contact: Pick<Contact, 'lastCheckedAt'>): string | null {
  if (!contact.lastCheckedAt) return null;
  return format(addYears(parseISO(contact.lastCheckedAt), 1), 'yyyy-MM-dd');
}

/**
 * A contact needs a check when nobody has confirmed it for more than a year (or ever): numbers
 * and people change, and the emergency card is only as good as its oldest entry.
 */
export function needsCheck(contact: Pick<Contact, 'lastCheckedAt'>, today: string): boolean {
  const due = checkDueOn(contact);
  return due === null || today > due;
}

export function countNeedingCheck(contacts: Contact[], today: string): number {
  return contacts.filter((c) => needsCheck(c, today)).length;
}
