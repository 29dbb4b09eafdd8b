import { createHash, randomBytes, randomUUID, type Hash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/api/result';
import { evidenceLimits, type EvidenceFileType } from '../../../shared/evidence/schema';
import { storageError } from '../../services/store/atomic-write';
import { sniffEvidenceType } from './sniff';

/** A file arriving in chunks: written to a temp file in the evidence folder and hashed as it comes. */
interface Upload {
  workspaceId: string;
  dir: string;
  temp: string;
  fd: number;
  hash: Hash;
  expected: number;
  received: number;
  /** The first bytes, for the type check (the name is never trusted). */
  head: Buffer;
  originalName: string;
}

/** A file copied in full into the evidence folder, not yet published under its own name. */
export interface StagedFile {
  temp: string;
  storedAs: string;
  bytes: number;
  sha256: string;
  type: EvidenceFileType;
  originalName: string;
}

const headBytes = 64;

/** The temp file's name matches the atomic write's, so start-up removes a killed upload's leftover. */
function tempPath(dir: string): string {
  return path.join(dir, `.upload.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

function closeQuietly(fd: number) {
  try {
    fs.closeSync(fd);
  } catch {
    // nothing more can be done with a descriptor that will not close
  }
}

/**
 * Uploads in progress, by token, for the whole back end. Nothing reaches the company's records
 * until `finish` returns and the caller publishes the staged file; a cancelled, refused or
 * interrupted upload leaves nothing behind.
 */
export class EvidenceUploads {
  private readonly uploads = new Map<string, Upload>();

  begin(workspaceId: string, dir: string, originalName: string, bytes: number): string {
    try {
      fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
      const temp = tempPath(dir);
      const fd = fs.openSync(temp, 'wx', 0o600);
      const token = randomUUID();
      this.uploads.set(token, { workspaceId, dir, temp, fd, hash: createHash('sha256'), expected: bytes, received: 0, head: Buffer.alloc(0), originalName });
      return token;
    } catch (error) {
      throw storageError(error);
    }
  }

  /** Appends the chunk at `offset`; chunks must come in order (a repeated or skipped one is refused). */
  append(workspaceId: string, token: string, offset: number, chunk: Buffer): number {
    const upload = this.get(workspaceId, token);
    if (offset !== upload.received) throw new AppError('conflict', `chunk at ${offset}, expected ${upload.received}`);
    if (upload.received + chunk.length > upload.expected) {
      this.cancel(workspaceId, token);
      throw new AppError('too_large', 'more bytes than announced');
    }
    try {
      let written = 0;
      while (written < chunk.length) written += fs.writeSync(upload.fd, chunk, written, chunk.length - written);
    } catch (error) {
      this.cancel(workspaceId, token);
      throw storageError(error);
    }
    upload.hash.update(chunk);
    if (upload.head.length < headBytes) upload.head = Buffer.concat([upload.head, chunk.subarray(0, headBytes - upload.head.length)]);
    upload.received += chunk.length;
    return upload.received;
  }

  /** Flushes the whole file and checks its type; the caller moves it into place. */
  finish(workspaceId: string, token: string): StagedFile {
    const upload = this.get(workspaceId, token);
    this.uploads.delete(token);
    try {
      if (upload.received !== upload.expected) throw new AppError('invalid_request', `received ${upload.received} of ${upload.expected} bytes`);
      const type = sniffEvidenceType(upload.head);
      if (!type) throw new AppError('invalid_file', 'not an accepted file type');
      fs.fsyncSync(upload.fd);
      if (fs.fstatSync(upload.fd).size !== upload.expected) throw new AppError('storage_failed', 'the copy is not whole');
      fs.closeSync(upload.fd);
      return { temp: upload.temp, storedAs: randomUUID(), bytes: upload.received, sha256: upload.hash.digest('hex'), type, originalName: upload.originalName };
    } catch (error) {
      closeQuietly(upload.fd);
      fs.rmSync(upload.temp, { force: true });
      throw error instanceof AppError ? error : storageError(error);
    }
  }

  cancel(workspaceId: string, token: string): void {
    const upload = this.uploads.get(token);
    if (!upload || upload.workspaceId !== workspaceId) return;
    this.uploads.delete(token);
    closeQuietly(upload.fd);
    fs.rmSync(upload.temp, { force: true });
  }

  private get(workspaceId: string, token: string): Upload {
    const upload = this.uploads.get(token);
    // Another company's upload is as unknown as a made-up token.
    if (!upload || upload.workspaceId !== workspaceId) throw new AppError('not_found', 'upload');
    return upload;
  }
}

/**
 * Copies a file the back end can read (the command line, the Electron file picker): the kernel
 * copies it (copy_file_range, no bytes through JavaScript) while this thread hashes the source
 * in chunks, so the two overlap; a source that changed or vanished meanwhile is refused, because
 * the hash must be of the bytes kept. Then the copy is flushed to disk before anything is recorded.
 */
export async function stageFromFile(dir: string, source: string): Promise<StagedFile> {
  let before: fs.Stats;
  try {
    before = fs.statSync(source);
  } catch {
    throw new AppError('not_found', 'the file to attach');
  }
  if (!before.isFile()) throw new AppError('invalid_file', 'not a file');
  if (before.size === 0 || before.size > evidenceLimits.fileBytes) throw new AppError('too_large', `${before.size} bytes`);
  try {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  } catch (error) {
    throw storageError(error);
  }
  const temp = tempPath(dir);
  const copying = fs.promises.copyFile(source, temp, fs.constants.COPYFILE_EXCL);
  try {
    const { sha256, head } = await hashFile(source);
    await copying;
    const after = fs.statSync(source);
    if (after.size !== before.size || after.mtimeMs !== before.mtimeMs) throw new AppError('conflict', 'the file changed while it was copied');
    const type = sniffEvidenceType(head);
    if (!type) throw new AppError('invalid_file', 'not an accepted file type');
    const fd = fs.openSync(temp, 'r+');
    try {
      fs.fsyncSync(fd);
      if (fs.fstatSync(fd).size !== before.size) throw new AppError('storage_failed', 'the copy is not whole');
    } finally {
      closeQuietly(fd);
    }
    return { temp, storedAs: randomUUID(), bytes: before.size, sha256, type, originalName: path.basename(source) };
  } catch (error) {
    await copying.catch(() => undefined);
    fs.rmSync(temp, { force: true });
    if (error instanceof AppError) throw error;
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new AppError('not_found', 'the file vanished while it was copied');
    throw storageError(error);
  }
}

/** SHA-256 and the first bytes of a file, read in chunks (awaiting between them, so the copy runs). */
async function hashFile(file: string): Promise<{ sha256: string; head: Buffer }> {
  const handle = await fs.promises.open(file, 'r');
  try {
    const hash = createHash('sha256');
    const buffer = Buffer.allocUnsafe(evidenceLimits.chunkBytes * 4);
    let head: Buffer | null = null;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      head ??= Buffer.from(buffer.subarray(0, Math.min(bytesRead, headBytes)));
      hash.update(buffer.subarray(0, bytesRead));
    }
    return { sha256: hash.digest('hex'), head: head ?? Buffer.alloc(0) };
  } finally {
    await handle.close();
  }
}
