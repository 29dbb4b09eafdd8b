import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';

/**
 * SHA-256 of the canonical JSON (RFC 8785) of what a workspace holds: the company name and its
 * documents, not ids or times, so the same data always shows the same short fingerprint on both
 * machines. Short form: the first 16 hex digits in groups of four, e.g. 3F2A-9C01-77B0-1D4E.
 */
export function workspaceFingerprint(company: string, documents: Record<string, unknown>): string {
  const canonical = canonicalize({ company, documents }) ?? '';
  const hex = createHash('sha256').update(canonical, 'utf8').digest('hex').slice(0, 16).toUpperCase();
  return hex.match(/.{4}/g)!.join('-');
}
