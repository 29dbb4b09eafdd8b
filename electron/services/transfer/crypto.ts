import { createCipheriv, createDecipheriv, createHash, randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import canonicalize from 'canonicalize';
import type { EncryptionHeader } from '../../../shared/transfer/export-format';

/** scrypt cost: about 32 MB and a fraction of a second, a real cost for someone guessing. */
export const defaultScrypt = { N: 2 ** 15, r: 8, p: 1 } as const;

export class WrongPassphraseError extends Error {}
export class TamperedError extends Error {}

/**
 * 64 bytes from scrypt: the first 32 are the AES key, the other 32 only serve to tell a wrong
 * passphrase ("keyCheck" = their SHA-256) apart from a changed file (authentication failure).
 */
function deriveKeys(passphrase: string, header: Pick<EncryptionHeader, 'N' | 'r' | 'p' | 'salt'>) {
  const { N, r, p } = header;
  const bytes = scryptSync(passphrase.normalize('NFC'), Buffer.from(header.salt, 'base64'), 64, { N, r, p, maxmem: 256 * N * r + 1024 * 1024 });
  return { key: bytes.subarray(0, 32), keyCheck: createHash('sha256').update(bytes.subarray(32)).digest() };
}

/** The bytes bound to the ciphertext: every header field, in canonical form. */
export function associatedData(header: object): Buffer {
  return Buffer.from(canonicalize(header) ?? '', 'utf8');
}

export function encrypt(plaintext: string, passphrase: string, headerWithout: (encryption: EncryptionHeader) => object, params = defaultScrypt) {
  const salt = randomBytes(16).toString('base64');
  const iv = randomBytes(12);
  const { key, keyCheck } = deriveKeys(passphrase, { ...params, salt });
  const encryption: EncryptionHeader = {
    cipher: 'aes-256-gcm',
    kdf: 'scrypt',
    ...params,
    salt,
    iv: iv.toString('base64'),
    keyCheck: keyCheck.toString('base64'),
  };
  const header = headerWithout(encryption);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(associatedData(header));
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return { header, ciphertext: ciphertext.toString('base64'), tag: cipher.getAuthTag().toString('base64') };
}

export function decrypt(header: object & { encryption: EncryptionHeader }, ciphertext: string, tag: string, passphrase: string): string {
  const { key, keyCheck } = deriveKeys(passphrase, header.encryption);
  const expected = Buffer.from(header.encryption.keyCheck, 'base64');
  if (expected.length !== keyCheck.length || !timingSafeEqual(expected, keyCheck)) throw new WrongPassphraseError();
  const tagBytes = Buffer.from(tag, 'base64');
  if (tagBytes.length !== 16) throw new TamperedError();
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(header.encryption.iv, 'base64'));
    decipher.setAAD(associatedData(header));
    decipher.setAuthTag(tagBytes);
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64')), decipher.final()]).toString('utf8');
  } catch {
    throw new TamperedError();
  }
}
