import type { StorageProblem } from '../api/result';
import type { StorageNotice } from '../notices/schema';

/**
 * The support file: one JSON file a shop owner can hand to whoever helps them, readable in any
 * text editor. It describes the program and the state of its files, never their contents:
 * companies appear by number and id only, and the log holds codes and timings only.
 */
export interface SupportBundle {
  format: 'otasuke-support-bundle';
  formatVersion: 1;
  createdAt: string;
  app: {
    version: string;
    host: 'electron' | 'browser';
    electron: string | null;
    node: string;
    chromium: string | null;
    os: { platform: string; release: string; arch: string };
  };
  /** Whether saving works right now: null, or the reason it does not (full or read-only disk). */
  storage: { problem: StorageProblem | null; companies: number };
  companies: CompanyHealth[];
  /** Damaged files set aside and interrupted installs finished during this launch. */
  noticesThisLaunch: Pick<StorageNotice, 'kind' | 'document' | 'reason' | 'at'>[];
  log: {
    /** Lines the log could not write this launch (disk refused, or writing fell behind). */
    droppedLines: number;
    /** Oldest file first; each line as the log wrote it. */
    files: { name: string; lines: unknown[] }[];
  };
}

/** One company's files, counted: no name, no contents. */
export interface CompanyHealth {
  /** 1, 2, 3 … in the order the companies were created. */
  number: number;
  id: string;
  /** Document files present (profile, contacts, incident buckets …). */
  documents: number;
  backups: number;
  snapshots: number;
  /** Damaged files that were set aside (and replaced from a backup or started empty). */
  setAside: number;
  /** When a damaged file of this company was last set aside; null when never. */
  lastRecoveryAt: string | null;
}

/** `otasuke-support-20261203-1342.json`, in the local time the user sees. */
export function supportFileName(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `otasuke-support-${at.getFullYear()}${pad(at.getMonth() + 1)}${pad(at.getDate())}-${pad(at.getHours())}${pad(at.getMinutes())}.json`;
}

/**
 * The bundle as text: indented JSON, except that each log line stays on one line, so a
 * supporter reads the log top to bottom, one event per line, in any text editor. Still valid JSON.
 */
export function supportBundleText(bundle: SupportBundle): string {
  const placeholder = '"files": []';
  const head = JSON.stringify({ ...bundle, log: { ...bundle.log, files: [] } }, null, 2);
  const files = bundle.log.files.map((file) => {
    const lines = file.lines.map((line) => `          ${JSON.stringify(line)}`).join(',\n');
    return `      {\n        "name": ${JSON.stringify(file.name)},\n        "lines": [\n${lines}\n        ]\n      }`;
  });
  return `${head.replace(placeholder, `"files": [\n${files.join(',\n')}\n    ]`)}\n`;
}
