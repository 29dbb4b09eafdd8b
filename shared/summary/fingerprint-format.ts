/** The printed short form of a SHA-256 hex digest: its first 16 hex digits in groups of four. */
export function shortFingerprint(hex: string): string {
  return (hex.slice(0, 16).match(/.{1,4}/g) ?? []).join(' ').toUpperCase();
}
