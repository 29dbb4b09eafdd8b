import type { Language } from '../settings/schema';

/** The BCP 47 locale each app language formats dates and numbers with (and tags PDFs with). */
export const localeOf: Record<Language, string> = { ja: 'ja-JP', en: 'en-GB' };
