import fs from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from './atomic-write';
import { crashPoint } from './crash-points';

export interface BackupEntry {
  path: string;
  takenAt: Date;
  size: number;
}

export interface BackupPolicy {
  /** How many backups of one document to keep. */
  keep: number;
  /** A new backup is taken before a write only when the newest is older than this. */
  minIntervalMs: number;
}

export const defaultBackupPolicy: BackupPolicy = { keep: 10, minIntervalMs: 10 * 60_000 };

/** File-system-safe ISO time: 2026-11-25T10-00-00-000Z. */
export function fileStamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

function parseStamp(stamp: string): Date | null {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z$/.exec(stamp);
  if (!m) return null;
  const date = new Date(`${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}Z`);
  return Number.isNaN(date.getTime()) ? null : date;
}

/**
 * Directory listings of backup folders, shared by every document's BackupSet until the current
 * task ends. Opening a workspace opens its 512 incident buckets in one go, and each asks for its
 * newest backup; without this the same folder (500+ files) was read 512 times (~300 ms on first
 * load). Our own backups and prunes keep the cached listing current; recovery reads afresh.
 */
const listings = new Map<string, string[]>();

function listDir(dir: string, fresh: boolean): string[] {
  let names = fresh ? undefined : listings.get(dir);
  if (!names) {
    names = fs.readdirSync(dir);
    listings.set(dir, names);
    setImmediate(() => listings.delete(dir));
  }
  return names;
}

/** A rolling set of copies of one document file: `<dir>/<name>.<stamp>.json`. */
export class BackupSet {
  private newestAt: number | undefined;

  constructor(
    readonly dir: string,
    readonly name: string,
    private readonly policy: BackupPolicy,
    private readonly now: () => Date,
  ) {}

  /** Newest first. `fresh` skips the shared listing (recovery must see every file there is). */
  list({ fresh = false } = {}): BackupEntry[] {
    let names: string[];
    try {
      names = listDir(this.dir, fresh);
    } catch {
      return [];
    }
    const prefix = `${this.name}.`;
    const entries: BackupEntry[] = [];
    for (const file of names) {
      if (!file.startsWith(prefix) || !file.endsWith('.json')) continue;
      const takenAt = parseStamp(file.slice(prefix.length, -'.json'.length));
      if (!takenAt) continue;
      const full = path.join(this.dir, file);
      try {
        entries.push({ path: full, takenAt, size: fs.statSync(full).size });
      } catch {
        // removed meanwhile
      }
    }
    return entries.sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime());
  }

  /** Copies `source` unless a backup younger than the policy interval exists. */
  maybeBackup(source: string): void {
    const now = this.now().getTime();
    if (this.newestAt === undefined) this.newestAt = this.list()[0]?.takenAt.getTime() ?? 0;
    if (now - this.newestAt < this.policy.minIntervalMs) return;
    this.backup(source);
  }

  backup(source: string): string {
    crashPoint('backup: mkdir');
    fs.mkdirSync(this.dir, { recursive: true, mode: 0o700 });
    const takenAt = this.now();
    const target = path.join(this.dir, `${this.name}.${fileStamp(takenAt)}.json`);
    // The atomic write, so a crash or full disk never leaves a half-written backup that looks complete.
    writeFileAtomic(target, fs.readFileSync(source));
    listings.get(this.dir)?.push(path.basename(target));
    this.newestAt = takenAt.getTime();
    this.prune();
    return target;
  }

  private prune(): void {
    for (const old of this.list().slice(this.policy.keep)) {
      crashPoint('backup: remove oldest');
      fs.rmSync(old.path, { force: true });
      const cached = listings.get(this.dir);
      const index = cached ? cached.indexOf(path.basename(old.path)) : -1;
      if (index >= 0) cached!.splice(index, 1);
    }
  }
}
