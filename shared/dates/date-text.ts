import { format, isValid, parse } from 'date-fns';
import type { Language } from '../settings/schema';

/**
 * Dates as a person types and reads them, whatever the browser's own locale: Japanese shows
 * 2026年12月2日, English 2026-12-02. Typing accepts either form in both languages, plus the forms
 * people actually use on Japanese paperwork (2026/12/2, 令和8年12月2日, R8.12.2, 20261202,
 * full-width digits). The stored value is always ISO (YYYY-MM-DD).
 */

const shownFormat: Record<Language, string> = { ja: 'yyyy年M月d日', en: 'yyyy-MM-dd' };

/** Accepted after normalising (NFKC, eras turned into Western years, spaces removed). */
const typedFormats = ['yyyy-M-d', 'yyyy/M/d', 'yyyy.M.d', 'yyyy年M月d日', 'yyyyMMdd', 'd MMMM yyyy', 'd MMM yyyy', 'MMMM d yyyy', 'MMM d yyyy'];

/** Japanese eras still seen on forms: the Western year of era year 1. */
const eras: [RegExp, number][] = [
  [/^(?:令和|R)/i, 2018],
  [/^(?:平成|H)/i, 1988],
];

/** An ISO date for display in a date field: 2026年12月2日 (ja) or 2026-12-02 (en). */
export function dateFieldText(iso: string, language: Language): string {
  const date = fromIso(iso);
  return date ? format(date, shownFormat[language]) : iso;
}

/** The ISO date a person meant, or null when the text is not a real calendar day. */
export function parseDateText(text: string): string | null {
  const plain = withWesternYear(text.normalize('NFKC').trim().replace(/,/g, ' ').replace(/\s+/g, ' '));
  if (!plain) return null;
  for (const pattern of typedFormats) {
    // Numeric forms ignore spaces (「2026 年 12 月 2 日」); word forms need them between the parts.
    const candidate = pattern.includes(' ') ? plain : plain.replace(/ /g, '');
    // date-fns refuses days a month does not have (2026-02-31); years outside 1900–2999 are typos.
    const date = parse(candidate, pattern, new Date(2000, 0, 1));
    if (isValid(date) && date.getFullYear() >= 1900 && date.getFullYear() <= 2999) return format(date, 'yyyy-MM-dd');
  }
  return null;
}

/** 令和8年12月2日 → 2026年12月2日; R8.12.2 → 2026.12.2; 令和元年 is year 1. */
function withWesternYear(text: string): string {
  for (const [era, offset] of eras) {
    const match = era.exec(text);
    if (!match) continue;
    const rest = text.slice(match[0].length).replace(/^元/, '1');
    const year = /^(\d{1,2})(.*)$/.exec(rest);
    if (year) return `${offset + Number(year[1])}${year[2]}`;
  }
  return text;
}

/** ISO YYYY-MM-DD as a local Date, or null. */
export function fromIso(iso: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return null;
  const date = parse(iso, 'yyyy-MM-dd', new Date(2000, 0, 1));
  return isValid(date) ? date : null;
}

export function toIso(date: Date): string {
  return format(date, 'yyyy-MM-dd');
}
