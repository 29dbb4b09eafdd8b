import type { Contact } from './schema';

/**
 * The directory's own order is the calling order: contacts on the emergency card are numbered
 * 1, 2, 3… in list order, so moving one up or down is all a user does to change who is called first.
 */
export function renumberCallOrder(contacts: Contact[]): Contact[] {
  let next = 1;
  return contacts.map((c) => (c.callOrder === null ? c : { ...c, callOrder: next++ }));
}

/**
 * The groups the contacts page shows, in this order: the card's calling order, the owner's own
 * contacts that are not on the card, and the preset public desks that are not on it either.
 */
export type ContactGroup = 'card' | 'own' | 'public';
export const contactGroupOrder: readonly ContactGroup[] = ['card', 'own', 'public'];

export function contactGroupOf(contact: Contact): ContactGroup {
  if (contact.callOrder !== null) return 'card';
  return contact.preset === null ? 'own' : 'public';
}

/** The contacts of each group as the page lists them; the card group in calling order. */
export function groupContacts(contacts: Contact[]): { group: ContactGroup; contacts: Contact[] }[] {
  return contactGroupOrder.map((group) => ({
    group,
    contacts: group === 'card' ? cardContacts(contacts) : contacts.filter((c) => contactGroupOf(c) === group),
  }));
}

/**
 * Swaps a contact with its nearest neighbour in the same group, so "up" always moves it up in
 * what the page shows (a public desk between two card entries is skipped); at either end of its
 * group nothing changes.
 */
export function moveContact(contacts: Contact[], id: string, direction: 'up' | 'down'): Contact[] {
  const from = contacts.findIndex((c) => c.id === id);
  if (from < 0) return contacts;
  const group = contactGroupOf(contacts[from]!);
  const step = direction === 'up' ? -1 : 1;
  let to = from + step;
  while (to >= 0 && to < contacts.length && contactGroupOf(contacts[to]!) !== group) to += step;
  if (to < 0 || to >= contacts.length) return contacts;
  const moved = [...contacts];
  [moved[from], moved[to]] = [moved[to]!, moved[from]!];
  return renumberCallOrder(moved);
}

/** Who is on the emergency card, in calling order. */
export function cardContacts(contacts: Contact[]): Contact[] {
  return contacts.filter((c) => c.callOrder !== null).sort((a, b) => a.callOrder! - b.callOrder!);
}
