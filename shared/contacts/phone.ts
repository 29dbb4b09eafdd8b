import { parsePhoneNumberFromString } from 'libphonenumber-js';

/**
 * Full-width digits and symbols (０３－１２３４…) become half-width, and the dashes people type
 * between digits (ー, −, ‐, －) become "-". Japanese IMEs produce all of these; we store one form.
 */
export function normaliseWidth(text: string): string {
  return text
    .replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ')
    .replace(/(?<=[0-9])\s*[ー−‐‑–—―ｰ]\s*(?=[0-9])/g, '-');
}

/** Numbers that are right although no phone library calls them valid numbers. */
const shortNumbers = /^(110|118|119|#\d{4})$/;

export type PhoneCheck = 'ok' | 'unlikely';

/**
 * Whether a number looks like a real Japanese (or international) phone number. Only a warning:
 * the user may know better (an extension, a new number range), so nothing is refused for it.
 */
export function checkPhone(raw: string): PhoneCheck {
  const number = normaliseWidth(raw).trim();
  if (shortNumbers.test(number)) return 'ok';
  // Drop a trailing extension note such as "内線12" or "(ext. 3)" before asking the library.
  const main = number.replace(/[\s(（]*(内線|ext\.?|x)\s*\d+[)）]?\s*$/i, '');
  const parsed = parsePhoneNumberFromString(main, 'JP');
  return parsed?.isValid() ? 'ok' : 'unlikely';
}

/** Tel link target for a stored number (digits, + and # only). */
export function telHref(number: string): string {
  return `tel:${normaliseWidth(number).replace(/[^0-9+#*]/g, '')}`;
}
