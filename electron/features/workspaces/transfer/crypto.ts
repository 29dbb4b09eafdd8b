import { createCipheriv, createDecipheriv, createHash, randomBytes, scrypt, timingSafeEqual, type BinaryLike, type ScryptOptions } from 'node:crypto';
import { promisify } from 'node:util';
import canonicalize from 'canonicalize';
import type { EncryptionHeader } from '../../../../shared/workspaces/transfer/export-format';
import { exportScrypt, kdfProblem, scryptMaxmem, type KdfProblem, type ScryptParams } from '../../../../shared/workspaces/transfer/kdf-params';

// scrypt runs on libuv's thread pool: the host keeps answering the window while a key is derived.
const scryptAsync = promisify(scrypt) as (password: BinaryLike, salt: BinaryLike, keylen: number, options: ScryptOptions) => Promise<Buffer>;

export class WrongPassphraseError extends Error {}
export class TamperedError extends Error {}
/** The header's scrypt parameters are refused before any key is derived. */
export class KdfRefusedError extends Error {
  constructor(readonly problem: KdfProblem) {
    super(problem);
  }
}

/**
 * 64 bytes from scrypt: the first 32 are the AES key, the other 32 only serve to tell a wrong
 * passphrase ("keyCheck" = their SHA-256) apart from a changed file (authentication failure).
 */
async function deriveKeys(passphrase: string, header: Pick<EncryptionHeader, 'N' | 'r' | 'p' | 'salt'>) {
  const { N, r, p } = header;
  const problem = kdfProblem({ N, r, p });
  if (problem) throw new KdfRefusedError(problem);
  const bytes = await scryptAsync(passphrase.normalize('NFC'), Buffer.from(header.salt, 'base64'), 64, { N, r, p, maxmem: scryptMaxmem({ N, r, p }) });
  return { key: bytes.subarray(0, 32), keyCheck: createHash('sha256').update(bytes.subarray(32)).digest() };
}

/** The bytes bound to the ciphertext: every header field, in canonical form. */
export function associatedData(header: object): Buffer {
  return Buffer.from(canonicalize(header) ?? '', 'utf8');
}

export async function encrypt(plaintext: string, passphrase: string, headerWithout: (encryption: EncryptionHeader) => object, params: ScryptParams = exportScrypt) {
  const salt = randomBytes(16).toString('base64');
  const iv = randomBytes(12);
  const { key, keyCheck } = await deriveKeys(passphrase, { ...params, salt });
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

export async function decrypt(header: object & { encryption: EncryptionHeader }, ciphertext: string, tag: string, passphrase: string): Promise<string> {
  const { key, keyCheck } = await deriveKeys(passphrase, header.encryption);
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
