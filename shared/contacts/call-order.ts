import type { Contact } from './schema';

/**
 * The directory's own order is the calling order: contacts on the emergency card are numbered
 * 1, 2, 3… in list order, so moving one up or down is all a user does to change who is called first.
 */
export function renumberCallOrder(contacts: Contact[]): Contact[] {
  let next = 1;
  return contacts.map((c) => (c.callOrder === null ? c : { ...c, callOrder: next++ }));
}

/** Swaps a contact with its neighbour; at either end nothing changes. */
export function moveContact(contacts: Contact[], id: string, direction: 'up' | 'down'): Contact[] {
  const from = contacts.findIndex((c) => c.id === id);
  const to = direction === 'up' ? from - 1 : from + 1;
  if (from < 0 || to < 0 || to >= contacts.length) return contacts;
  const moved = [...contacts];
  [moved[from], moved[to]] = [moved[to]!, moved[from]!];
  return renumberCallOrder(moved);
}

/** Who is on the emergency card, in calling order. */
export function cardContacts(contacts: Contact[]): Contact[] {
  return contacts.filter((c) => c.callOrder !== null).sort((a, b) => a.callOrder! - b.callOrder!);
}
