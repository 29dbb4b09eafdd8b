import type { EvidenceFileType } from '../../../shared/evidence/schema';

const startsWith = (bytes: Uint8Array, signature: number[], at = 0) => signature.every((b, i) => bytes[at + i] === b);

/**
 * The file's type from its first bytes (at least 16), never from its name: an `.exe` renamed
 * `.png` starts with `MZ` and is refused. Plain text must be valid UTF-8 without NUL bytes.
 * Office files (xlsx, docx, pptx) are zip files; a zip is accepted as such, not opened.
 */
export function sniffEvidenceType(head: Uint8Array): EvidenceFileType | null {
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(head, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(head, [0x47, 0x49, 0x46, 0x38])) return 'gif';
  if (startsWith(head, [0x52, 0x49, 0x46, 0x46]) && startsWith(head, [0x57, 0x45, 0x42, 0x50], 8)) return 'webp';
  if (startsWith(head, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf';
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) return 'office';
  return isPlainText(head) ? 'text' : null;
}

function isPlainText(head: Uint8Array): boolean {
  if (head.length === 0 || head.includes(0)) return false;
  try {
    // A multi-byte character cut at the end of the sample is not an error: drop up to 3 bytes.
    new TextDecoder('utf-8', { fatal: true }).decode(head.subarray(0, trimmedEnd(head)));
    return true;
  } catch {
    return false;
  }
}

function trimmedEnd(head: Uint8Array): number {
  let end = head.length;
  for (let i = 0; i < 3 && end > 0 && (head[end - 1]! & 0xc0) === 0x80; i++) end--;
  if (end > 0 && head[end - 1]! >= 0xc0) end--;
  return end;
}
