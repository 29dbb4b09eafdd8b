import { inflateRawSync } from 'node:zlib';
import { AppError } from '../../../shared/api/result';

/** What an .xlsx of a 5,000-row register may unpack to; far more means a zip bomb, not a register. */
const maxUnpackedBytes = 64 * 1024 * 1024;
const maxEntries = 200;

const stored = 0;
const deflated = 8;

/** The end-of-central-directory record, in the last 22 + 65,535 bytes. */
function directoryEnd(bytes: Buffer): number {
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i -= 1) {
    if (bytes.readUInt32LE(i) === 0x06054b50) return i;
  }
  throw new AppError('invalid_file', 'no zip directory');
}

/**
 * Unpacks one part, at most one byte past what it declares, and returns its real size. A part
 * that says it is small but unpacks to more is caught here: zlib stops at `maxOutputLength`.
 */
function realSize(bytes: Buffer, localHeader: number, method: number, packed: number, declared: number): number {
  if (localHeader + 30 > bytes.length || bytes.readUInt32LE(localHeader) !== 0x04034b50) throw new AppError('invalid_file', 'broken zip entry');
  const start = localHeader + 30 + bytes.readUInt16LE(localHeader + 26) + bytes.readUInt16LE(localHeader + 28);
  if (start + packed > bytes.length) throw new AppError('invalid_file', 'zip entry past the end');
  const data = bytes.subarray(start, start + packed);
  if (method === stored) return data.length;
  if (method !== deflated) throw new AppError('invalid_file', `zip method ${method}`);
  try {
    return inflateRawSync(data, { maxOutputLength: declared + 1 }).length;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw new AppError('too_large', 'zip entry unpacks past the limit');
    throw new AppError('invalid_file', 'broken zip data');
  }
}

/**
 * Checks a zip before exceljs inflates anything: at most `maxEntries` parts, the sizes its
 * directory declares within `maxUnpackedBytes`, and then each part really unpacked (one at a
 * time, stopped one byte past its declared size), so a file whose directory lies about its
 * sizes is refused too and no part can unpack to more than the file admits.
 */
export function checkZipSizes(bytes: Buffer): void {
  const end = directoryEnd(bytes);
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  if (count > maxEntries) throw new AppError('too_large', `${count} zip entries`);
  const entries: { method: number; packed: number; unpacked: number; localHeader: number }[] = [];
  let declared = 0;
  for (let n = 0; n < count; n += 1) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== 0x02014b50) throw new AppError('invalid_file', 'broken zip directory');
    const entry = { method: bytes.readUInt16LE(at + 10), packed: bytes.readUInt32LE(at + 20), unpacked: bytes.readUInt32LE(at + 24), localHeader: bytes.readUInt32LE(at + 42) };
    // 0xffffffff means the size is in a zip64 field: no register needs that.
    if (entry.unpacked === 0xffffffff || entry.packed === 0xffffffff) throw new AppError('too_large', 'zip64 entry');
    declared += entry.unpacked;
    entries.push(entry);
    at += 46 + bytes.readUInt16LE(at + 28) + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  if (declared > maxUnpackedBytes) throw new AppError('too_large', `${declared} bytes unpacked`);
  for (const entry of entries) {
    const size = realSize(bytes, entry.localHeader, entry.method, entry.packed, entry.unpacked);
    if (size !== entry.unpacked) throw new AppError('invalid_file', 'zip entry size differs from its directory');
  }
}
