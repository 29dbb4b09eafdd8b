/**
 * The user's calendar day of a moment, as YYYY-MM-DD in local time (not UTC's: at 08:00 in Tokyo
 * UTC is still on yesterday). The one function for "today" on both sides of the contract; the
 * back end runs on the user's own computer, so its local zone is the user's.
 */
export function localDay(moment: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(moment.getFullYear()).padStart(4, '0')}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}
