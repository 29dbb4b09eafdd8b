import { addDays } from '../incidents/dates';

/**
 * Month arithmetic on calendar days (YYYY-MM-DD), in integers so no time zone can shift a day.
 * A month later than the 31st is the month's last day (2026-01-31 + 1 month = 2026-02-28), and
 * a year after 29 February is 28 February.
 */
export function addMonths(day: string, months: number): string {
  const y = Number(day.slice(0, 4));
  const m = Number(day.slice(5, 7)) - 1 + months;
  const year = y + Math.floor(m / 12);
  const month = ((m % 12) + 12) % 12;
  const last = daysInMonth(year, month + 1);
  const d = Math.min(Number(day.slice(8, 10)), last);
  return `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The last day of the month `day` is in. */
export function endOfMonth(day: string): string {
  return `${day.slice(0, 8)}${String(daysInMonth(Number(day.slice(0, 4)), Number(day.slice(5, 7)))).padStart(2, '0')}`;
}

/** `YYYY-MM` of a day. */
export const monthOf = (day: string) => day.slice(0, 7);

export { addDays };
