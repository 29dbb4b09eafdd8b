import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import type { SummaryInput } from '../../../shared/summary/input';

/**
 * SHA-256 (hex) of the RFC 8785 canonical JSON of the summary's input: key order and number
 * spelling cannot change it, any change to what could be printed does.
 */
export function summaryFingerprint(input: SummaryInput): string {
  const json = canonicalize(input);
  if (json === undefined) throw new Error('summary input cannot be serialised');
  return createHash('sha256').update(json, 'utf8').digest('hex');
}
