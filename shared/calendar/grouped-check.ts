import { endOfMonth } from './days';

/** One calendar entry standing for many rows checked on their own days. */
export interface GroupedCheck {
  due: string;
  count: number;
}

/**
 * Many rows each due on its own day (contacts, devices, admin accounts) as one entry: due when
 * the first row's time runs out, counting the rows due by the end of that month (or of this
 * month, when the first is already late). Null when there are no rows.
 */
export function groupedCheck(dues: readonly string[], today: string): GroupedCheck | null {
  if (dues.length === 0) return null;
  const due = dues.reduce((a, b) => (a < b ? a : b));
  const monthEnd = endOfMonth(due < today ? today : due);
  return { due, count: dues.filter((d) => d <= monthEnd).length };
}
