import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { AppError } from '../../../shared/api/result';
import { crashPoint } from './crash-points';

/**
 * The file-system calls the atomic write makes, one per step, so tests can fail or shorten any
 * single step. `fsyncDir` is the folder flush after the rename (open, fsync, close of the folder).
 */
export interface AtomicFs {
  open(file: string, flags: string, mode: number): number;
  write(fd: number, data: Uint8Array, offset: number, length: number): number;
  fsync(fd: number): void;
  fstat(fd: number): { size: number };
  close(fd: number): void;
  link(existing: string, created: string): void;
  rename(from: string, to: string): void;
  unlink(file: string): void;
  fsyncDir(dir: string): void;
}

/** Platforms (Windows, some network and FUSE file systems) refuse to fsync a folder; that is not a failure. */
const dirFsyncRefused = new Set(['EISDIR', 'EPERM', 'EINVAL', 'EBADF', 'ENOTSUP']);

export const nodeAtomicFs: AtomicFs = {
  open: (file, flags, mode) => fs.openSync(file, flags, mode),
  write: (fd, data, offset, length) => fs.writeSync(fd, data, offset, length),
  fsync: (fd) => fs.fsyncSync(fd),
  fstat: (fd) => fs.fstatSync(fd),
  close: (fd) => fs.closeSync(fd),
  link: (existing, created) => fs.linkSync(existing, created),
  rename: (from, to) => fs.renameSync(from, to),
  unlink: (file) => fs.unlinkSync(file),
  fsyncDir: (dir) => {
    let fd: number;
    try {
      fd = fs.openSync(dir, 'r');
    } catch (error) {
      if (dirFsyncRefused.has((error as NodeJS.ErrnoException).code ?? '')) return;
      throw error;
    }
    try {
      fs.fsyncSync(fd);
    } catch (error) {
      if (!dirFsyncRefused.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
    } finally {
      fs.closeSync(fd);
    }
  },
};

const errnoOf = (error: unknown) => (error as NodeJS.ErrnoException | undefined)?.code;

function removeQuietly(fsi: AtomicFs, file: string): void {
  try {
    fsi.unlink(file);
  } catch {
    // already gone, or the folder refuses; nothing more we can do for a temp file
  }
}

/**
 * Replaces `target` so that it holds either its previous bytes or every new byte, never part:
 * a 0600 temp file in the same folder (same file system, so rename is atomic), every byte
 * written (short writes looped), flushed, size checked, renamed over the target, folder flushed.
 * Any failure removes the temp file and leaves the previous file as it was, then rethrows the
 * original error (see `storageError` to turn it into an API error).
 */
export function writeFileAtomic(target: string, data: string | Uint8Array, fsi: AtomicFs = nodeAtomicFs): void {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const dir = path.dirname(target);
  const tag = `${process.pid}.${randomBytes(4).toString('hex')}`;
  const temp = path.join(dir, `.${path.basename(target)}.${tag}.tmp`);
  // A second name for the previous file, so a failed folder flush after the rename can put it back.
  const previous = path.join(dir, `.${path.basename(target)}.${tag}.prev`);
  crashPoint('atomic: open temp');
  const fd = fsi.open(temp, 'wx', 0o600);
  let open = true;
  let kept = false;
  let renamed = false;
  try {
    let offset = 0;
    while (offset < bytes.length) {
      crashPoint('atomic: write');
      const written = fsi.write(fd, bytes, offset, bytes.length - offset);
      // A write that makes no progress would loop for ever; a full disk reports it this way too.
      if (!(written > 0)) throw Object.assign(new Error(`write made no progress at byte ${offset}`), { code: 'ENOSPC' });
      offset += written;
    }
    crashPoint('atomic: fsync');
    fsi.fsync(fd);
    const size = fsi.fstat(fd).size;
    if (size !== bytes.length) throw Object.assign(new Error(`temp file has ${size} of ${bytes.length} bytes`), { code: 'EIO' });
    open = false;
    crashPoint('atomic: close');
    fsi.close(fd);
    try {
      crashPoint('atomic: link previous');
      fsi.link(target, previous);
      kept = true;
    } catch {
      // No previous file (first save) or no hard links here: the rename is still atomic.
    }
    crashPoint('atomic: rename');
    fsi.rename(temp, target);
    renamed = true;
    crashPoint('atomic: folder fsync');
    fsi.fsyncDir(dir);
  } catch (error) {
    if (open) {
      try {
        fsi.close(fd);
      } catch {
        // the close of a failed temp file changes nothing for the caller
      }
    }
    if (renamed && kept) {
      try {
        fsi.rename(previous, target);
        kept = false;
      } catch {
        // the new file stays; it is complete, only its durability is unknown
      }
    }
    if (!renamed) removeQuietly(fsi, temp);
    if (kept) removeQuietly(fsi, previous);
    throw error;
  }
  if (kept) {
    crashPoint('atomic: remove previous');
    removeQuietly(fsi, previous);
  }
}

/** A failed write as the API reports it: full disk and read-only folder get codes of their own. */
export function storageError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const detail = error instanceof Error ? error.message : String(error);
  const code = errnoOf(error);
  if (code === 'ENOSPC' || code === 'EDQUOT') return new AppError('storage_full', detail);
  if (code === 'EROFS' || code === 'EACCES' || code === 'EPERM') return new AppError('storage_read_only', detail);
  return new AppError('storage_failed', detail);
}
