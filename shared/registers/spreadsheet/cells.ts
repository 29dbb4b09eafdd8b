/** A cell as the back end read it from a sheet or CSV: never a formula to evaluate. */
export type CellValue = string | number | boolean | Date | null;

/** Characters a spreadsheet may take as the start of a formula (or DDE) when it opens a file. */
const formulaStart = /^[=+\-@\t\r]/;

/**
 * On export: a text that Excel would run as a formula gets a leading apostrophe, so a name like
 * `=HYPERLINK(…)` typed into the app is shown, never executed, by whoever opens the file.
 */
export function guardFormula(text: string): string {
  return formulaStart.test(text) ? `'${text}` : text;
}

/** On import: takes our own guard back off (a round trip gives the same text); the rest stays as typed. */
export function unguardFormula(text: string): string {
  return text.startsWith("'") && formulaStart.test(text.slice(1)) ? text.slice(1) : text;
}

/** A date cell as YYYY-MM-DD; Excel dates arrive as UTC midnight. */
function dateText(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Any cell as trimmed text (numbers without Excel's float noise, dates as YYYY-MM-DD). */
export function cellText(value: CellValue): string {
  if (value === null) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : dateText(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(Number(value.toPrecision(15))) : '';
  return unguardFormula(String(value).replace(/^\uFEFF/, '').trim());
}

/** Full-width digits and separators to ASCII, as Japanese spreadsheets often have them. */
function narrow(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '');
}

/** 2026-11-05, 2026/11/5, 2026年11月5日 → 2026-11-05; null when it is not a real day. */
export function parseDay(text: string): string | null {
  const match = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(narrow(text));
  if (!match) return null;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return dateText(date);
}

/** 1,800 / 1800人 / 約1800 → 1800; null when it is not a whole number. */
export function parseCount(text: string): number | null {
  const digits = narrow(text).replace(/^(約|およそ|ca\.?|about)/i, '').replace(/(人|名|件|people|persons)$/i, '').replace(/,/g, '');
  return /^\d{1,10}$/.test(digits) ? Number(digits) : null;
}

const yesWords = ['はい', 'あり', '有', '有り', '○', '〇', '◯', '●', 'yes', 'y', 'true', '1', 'x', '✓'];
const noWords = ['いいえ', 'なし', '無', '無し', '×', '-', '－', 'no', 'n', 'false', '0'];

/** はい/いいえ, あり/なし, ○/×, yes/no… → true/false; null when it is neither. */
export function parseYesNo(text: string): boolean | null {
  const word = narrow(text).toLowerCase();
  if (yesWords.includes(word)) return true;
  if (noWords.includes(word)) return false;
  return null;
}

/** The form a header or label is compared in: no spaces, half-width, lower case. */
export function headerKey(text: string): string {
  return narrow(text).toLowerCase().replace(/[（(].*?[）)]/g, '');
}
