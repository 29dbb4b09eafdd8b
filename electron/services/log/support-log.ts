import os from 'node:os';
import path from 'node:path';
import pino, { type Logger } from 'pino';
import type { StorageProblem } from '../../../shared/api/result';
import type { StorageNotice } from '../../../shared/notices/schema';
import { LogFile, type LogFileOptions } from './log-file';

/** The versions a supporter asks for first; also written at every start. */
export interface RuntimeInfo {
  appVersion: string;
  host: 'electron' | 'browser';
  electron: string | null;
  node: string;
  chromium: string | null;
  os: { platform: string; release: string; arch: string };
}

export function runtimeInfo(appVersion: string, host: RuntimeInfo['host']): RuntimeInfo {
  return {
    appVersion,
    host,
    electron: process.versions.electron ?? null,
    node: process.versions.node,
    chromium: process.versions.chrome ?? null,
    os: { platform: os.platform(), release: os.release(), arch: os.arch() },
  };
}

/** The one folder the log lives in: `<data>/logs`. */
export function logsDir(dataDir: string): string {
  return path.join(dataDir, 'logs');
}

/**
 * The log for support staff. Every event has its own method taking only codes, names of parts
 * of the program, numbers and versions, so nothing a user typed (names, phone numbers, incident
 * text, passphrases) or a path holding it can reach the file: there is no free-text entry point.
 * pino writes one JSON line per event, in this thread, to a best-effort rotating file.
 */
export class SupportLog {
  readonly file: LogFile;
  private readonly logger: Logger;

  constructor(options: LogFileOptions) {
    this.file = new LogFile(options);
    this.logger = pino(
      {
        // pino adds pid and hostname by default; a computer's name is often its owner's name.
        base: null,
        timestamp: pino.stdTimeFunctions.isoTime,
        formatters: { level: (label) => ({ level: label }) },
      },
      this.file,
    );
  }

  started(info: RuntimeInfo): void {
    this.logger.info({ event: 'app_started', ...info });
  }

  /** One API call: its channel (`namespace:method`, from the contract), how long it took, its result code. */
  apiCall(channel: string, ms: number, result: string): void {
    const entry = { event: 'api', channel, ms: Math.round(ms * 10) / 10, result };
    if (result === 'internal') this.logger.error(entry);
    else if (result === 'ok') this.logger.info(entry);
    else this.logger.warn(entry);
  }

  /** A program error behind an `internal` result: its kind only, since a message can quote data. */
  internalError(channel: string, error: unknown): void {
    const kind = error instanceof Error ? error.constructor.name : typeof error;
    const errno = (error as NodeJS.ErrnoException | undefined)?.code;
    this.logger.error({ event: 'internal_error', channel, kind, ...(typeof errno === 'string' ? { errno } : {}) });
  }

  /** Saving stopped working (full or read-only disk), or works again (`null`). */
  storage(problem: StorageProblem | null): void {
    if (problem) this.logger.warn({ event: 'storage_problem', code: problem });
    else this.logger.info({ event: 'storage_ok' });
  }

  /** A damaged or missing file recovered from a backup, or an interrupted install finished or undone. */
  notice(notice: Pick<StorageNotice, 'kind' | 'document' | 'reason'>): void {
    this.logger.warn({ event: notice.kind, document: notice.document, reason: notice.reason });
  }

  /** Resolves once every line so far has reached the file (or after a short wait if the disk hangs). */
  flush(): Promise<void> {
    return this.file.flush();
  }

  close(): void {
    this.file.close();
  }
}
