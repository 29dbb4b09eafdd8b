import type { Language } from '../../../shared/settings/schema';
import { localeOf } from '../../../shared/i18n/locales';

/** `2026-11-25` → 2026年11月25日 (ja) / 25 November 2026 (en). Dates are calendar days, not moments. */
export function formatDate(isoDate: string, language: Language): string {
  if (!isoDate) return '';
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(localeOf[language], { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** A moment in the user's local time, e.g. 2026年11月25日 14:05. */
export function formatDateTime(iso: string, language: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(localeOf[language], { dateStyle: 'long', timeStyle: 'short' }).format(date);
}

export function formatNumber(value: number, language: Language): string {
  return new Intl.NumberFormat(localeOf[language]).format(value);
}
