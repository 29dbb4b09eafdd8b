import fs from 'node:fs';
import path from 'node:path';
import type { Writable } from 'node:stream';
import { createStream } from 'rotating-file-stream';

export const logFileName = 'otasuke.log';

export interface LogFileOptions {
  /** `<data>/logs`. */
  dir: string;
  /** Rotate once the current file reaches this size (default 1 MiB). */
  maxBytes?: number;
  /** Rotated files kept beside the current one (default 4: five files in all). */
  keep?: number;
  /** The writable stream the lines go to; tests pass one that fails or never finishes. */
  openStream?: (options: { dir: string; maxBytes: number; keep: number }) => Writable;
  /** Bytes waiting for a slow disk beyond which new lines are dropped (default 256 KiB). */
  maxPendingBytes?: number;
  /** The file is closed after this long without a line (default 10 s). */
  closeWhenIdleMs?: number;
  now?: () => number;
}

/** After a failure (full disk, read-only folder) the file is opened again at most this often. */
const retryAfterMs = 30_000;
/**
 * A file left idle this long is closed, and opened again by the next line. Also why a dropped
 * log (a test's) never leaves its file handle for the garbage collector to close with a warning:
 * the pending timer keeps it reachable until it has closed the file itself.
 */
const defaultCloseWhenIdleMs = 10_000;

/** rotating-file-stream in the classic layout: otasuke.log, otasuke.log.1 … otasuke.log.<keep>, each 0600. */
export function openRotatingStream({ dir, maxBytes, keep }: { dir: string; maxBytes: number; keep: number }): Writable {
  return createStream(logFileName, { path: dir, size: `${maxBytes}B`, rotate: keep, mode: 0o600 });
}

/**
 * The support log's destination: best effort by design. A write never throws and never waits
 * for the disk; the stream writes in the background. When the disk refuses (full, read-only,
 * the folder gone) the stream is dropped, lines are discarded, and the file is tried again later.
 * So a broken log can never fail, slow or block an API call.
 */
export class LogFile {
  readonly dir: string;
  private readonly maxBytes: number;
  private readonly keep: number;
  private readonly openStream: NonNullable<LogFileOptions['openStream']>;
  private readonly maxPendingBytes: number;
  private readonly closeWhenIdleMs: number;
  private readonly now: () => number;
  private stream: Writable | null = null;
  private failedAt: number | null = null;
  private idleTimer: NodeJS.Timeout | null = null;
  /** Lines discarded since this launch began (disk refused, or writing fell far behind). */
  dropped = 0;

  constructor(options: LogFileOptions) {
    this.dir = options.dir;
    this.maxBytes = options.maxBytes ?? 1024 * 1024;
    this.keep = options.keep ?? 4;
    this.openStream = options.openStream ?? openRotatingStream;
    this.maxPendingBytes = options.maxPendingBytes ?? 256 * 1024;
    this.closeWhenIdleMs = options.closeWhenIdleMs ?? defaultCloseWhenIdleMs;
    this.now = options.now ?? Date.now;
  }

  /** pino's destination interface: one complete line per call. */
  write(line: string): boolean {
    try {
      const stream = this.ready();
      if (!stream || stream.writableLength > this.maxPendingBytes) {
        this.dropped += 1;
        return true;
      }
      stream.write(line);
      this.closeWhenIdle();
    } catch {
      this.dropped += 1;
      this.fail();
    }
    return true;
  }

  /** Resolves once what was written so far is on disk, or after `timeoutMs` whatever happened. */
  flush(timeoutMs = 2000): Promise<void> {
    const stream = this.stream;
    if (!stream || stream.destroyed) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, timeoutMs);
      try {
        // An empty write is queued behind every earlier one: its callback means they are done.
        stream.write('', () => {
          clearTimeout(timer);
          resolve();
        });
      } catch {
        clearTimeout(timer);
        resolve();
      }
    });
  }

  /** The log files there are, newest first (the current file, then .1, .2 …). */
  files(): string[] {
    const names = [logFileName, ...Array.from({ length: this.keep }, (_, i) => `${logFileName}.${i + 1}`)];
    return names.map((name) => path.join(this.dir, name)).filter((file) => fs.existsSync(file));
  }

  close(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    const stream = this.stream;
    this.stream = null;
    try {
      stream?.end(); // what is still queued is written first
    } catch {
      // a failed stream has nothing left to write
    }
  }

  private closeWhenIdle(): void {
    if (this.idleTimer) this.idleTimer.refresh();
    else this.idleTimer = setTimeout(() => this.close(), this.closeWhenIdleMs).unref();
  }

  private ready(): Writable | null {
    if (this.stream && !this.stream.destroyed) return this.stream;
    if (this.failedAt !== null && this.now() - this.failedAt < retryAfterMs) return null;
    fs.mkdirSync(this.dir, { recursive: true, mode: 0o700 });
    const stream = this.openStream({ dir: this.dir, maxBytes: this.maxBytes, keep: this.keep });
    // Without a listener an 'error' event would end the process; here it only ends this stream.
    stream.on('error', () => {
      if (this.stream === stream) this.fail();
    });
    this.stream = stream;
    this.failedAt = null;
    return stream;
  }

  private fail(): void {
    const stream = this.stream;
    this.stream = null;
    this.failedAt = this.now();
    try {
      stream?.destroy();
    } catch {
      // already gone
    }
  }
}
