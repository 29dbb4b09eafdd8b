import { AppError } from '../../../shared/api/result';

/** What an .xlsx of a 5,000-row register may unpack to; far more means a zip bomb, not a register. */
const maxUnpackedBytes = 64 * 1024 * 1024;
const maxEntries = 200;

/**
 * Reads the zip's central directory (the sizes each part says it unpacks to) before exceljs
 * inflates anything, and refuses a file that would unpack to more than `maxUnpackedBytes`.
 */
export function checkZipSizes(bytes: Buffer): void {
  // The end-of-central-directory record sits in the last 22 + 65,535 bytes.
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i -= 1) {
    if (bytes.readUInt32LE(i) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new AppError('invalid_file', 'no zip directory');
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  if (count > maxEntries) throw new AppError('too_large', `${count} zip entries`);
  let total = 0;
  for (let n = 0; n < count; n += 1) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== 0x02014b50) throw new AppError('invalid_file', 'broken zip directory');
    const unpacked = bytes.readUInt32LE(at + 24);
    // 0xffffffff means the size is in a zip64 field: no register needs that.
    if (unpacked === 0xffffffff) throw new AppError('too_large', 'zip64 entry');
    total += unpacked;
    at += 46 + bytes.readUInt16LE(at + 28) + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  if (total > maxUnpackedBytes) throw new AppError('too_large', `${total} bytes unpacked`);
}
