import type { Contact } from './schema';

/**
 * How other features (the incident notification log, the summary) name a contact they link to
 * by id. A link to a deleted contact yields null, so the caller can show what it stored itself.
 */
export function findContact(contacts: Contact[], id: string | null | undefined): Contact | null {
  return (id && contacts.find((c) => c.id === id)) || null;
}

/** "Organisation (person)", or just the organisation. */
export function contactLabel(contact: Pick<Contact, 'organisation' | 'person'>): string {
  return contact.person ? `${contact.organisation}（${contact.person}）` : contact.organisation;
}
