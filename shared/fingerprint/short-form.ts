/**
 * The one form a fingerprint takes wherever a person reads it (summary footer and page, export
 * check code, CLI): the first 16 hex digits of a SHA-256 digest, upper case, in groups of four
 * joined by hyphens, e.g. 3F2A-9C01-77B0-1D4E. Hyphens keep it one word, so it never wraps
 * across lines in a PDF footer and is copied whole with a double click.
 */
export function shortFingerprint(hex: string): string {
  return (hex.slice(0, 16).toUpperCase().match(/.{1,4}/g) ?? []).join('-');
}
