import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import { shortFingerprint } from '../../../../shared/fingerprint/short-form';

/**
 * SHA-256 of the canonical JSON (RFC 8785) of what a workspace holds: the company name and its
 * documents, not ids or times, so the same data always shows the same short fingerprint on both
 * machines, in the one short form people read (shared/fingerprint/short-form.ts).
 */
export function workspaceFingerprint(company: string, documents: Record<string, unknown>): string {
  const canonical = canonicalize({ company, documents }) ?? '';
  return shortFingerprint(createHash('sha256').update(canonical, 'utf8').digest('hex'));
}
