/** Calendar-day arithmetic on YYYY-MM-DD strings, in UTC so no time zone can shift a day. */
const dayMs = 86_400_000;

function toUtc(isoDate: string): number {
  const [y, m, d] = isoDate.slice(0, 10).split('-').map(Number);
  return Date.UTC(y!, m! - 1, d!);
}

export function addDays(isoDate: string, days: number): string {
  return new Date(toUtc(isoDate) + days * dayMs).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to) - toUtc(from)) / dayMs);
}
