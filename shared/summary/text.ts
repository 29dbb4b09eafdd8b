import { resources } from '../i18n/resources';
import type { CompanyProfile } from '../profile/schema';
import type { Language } from '../settings/schema';
import { localeOf } from '../i18n/locales';

export type PdfText = (typeof resources)['ja']['summary']['pdf'];

// Intl formatters are costly to create and a large summary formats thousands of values: make each once.
const dayFormats = {
  ja: new Intl.DateTimeFormat(localeOf.ja, { dateStyle: 'long', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat(localeOf.en, { dateStyle: 'medium', timeZone: 'UTC' }),
};
const numberFormats = { ja: new Intl.NumberFormat(localeOf.ja), en: new Intl.NumberFormat(localeOf.en) };

/** The PDF's words in one language (the same resources the screens use). */
export function pdfText(language: Language): PdfText {
  return resources[language].summary.pdf as PdfText;
}

/** `{{name}}` interpolation, as i18next does it, without i18next in the back end. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(values[key] ?? ''));
}

/** `2026-11-25` (or an ISO moment) → 2026年11月25日 / 25 November 2026; '' stays ''. */
export function formatDay(iso: string, language: Language): string {
  if (!iso) return '';
  const date = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return dayFormats[language].format(date);
}

export function formatYen(amount: number, language: Language): string {
  const number = numberFormats[language].format(amount);
  return language === 'ja' ? `${number}円` : `¥${number}`;
}

export function formatCount(value: number, language: Language): string {
  return numberFormats[language].format(value);
}

/** Labels for the profile's coded fields, reused from the profile form's own text. */
export function profileLabels(language: Language) {
  const text = resources[language].profile;
  return {
    industry: (value: CompanyProfile['industry']) => (value ? text.industry[value] : ''),
    prefecture: (value: CompanyProfile['prefecture']) => (value ? text.prefecture[value] : ''),
    system: (value: CompanyProfile['systems'][number]) => text.systems[value],
  };
}
