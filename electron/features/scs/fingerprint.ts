import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';

/** SHA-256 (hex) of the RFC 8785 canonical JSON of a value: key order cannot change it, content does. */
export function canonicalSha256(value: unknown): string {
  const json = canonicalize(value);
  if (json === undefined) throw new Error('value cannot be serialised');
  return createHash('sha256').update(json, 'utf8').digest('hex');
}
