import fs from 'node:fs';
import path from 'node:path';
import type { StorageNotice } from '../../../shared/notices/schema';
import { AppError } from '../../../shared/api/result';
import { beforeWrite, inQuery } from '../request-context';
import type { StoreFileFactory, StoreFile } from './backend';
import { storageError } from './atomic-write';
import type { StorageHealth } from './storage-health';
import { BackupSet, fileStamp, type BackupPolicy } from './backups';
import { decodeDocument, DocumentRejected, encodeDocument, type DocumentSpec } from './document-spec';
import { crashPoint } from './crash-points';

export interface NoticeSink {
  /** `key` names the step: the same step run again (after a crash) updates its notice. */
  add(notice: Omit<StorageNotice, 'id' | 'at'>, key?: string): void;
}

export interface StoreDeps {
  fileFactory: StoreFileFactory;
  notices: NoticeSink;
  now: () => Date;
  backupPolicy: BackupPolicy;
  /** Told of every write the disk refused or accepted (the read-only banner). */
  health?: StorageHealth;
}

/**
 * One validated JSON document on disk, cached in memory. Reads never touch the disk after
 * opening; writes validate first, keep a rolling backup, then replace the file atomically.
 * A file that cannot be read or validated is moved aside and the newest valid backup restored.
 */
export class DocumentStore<T> {
  private readonly file: StoreFile;
  readonly backups: BackupSet;
  private value: T;
  /** A recovery that could not write yet (inside a query, or on a full disk). */
  private repairPending: { movedTo: string; notAFile: boolean } | null = null;

  constructor(
    readonly dir: string,
    readonly spec: DocumentSpec<T>,
    private readonly deps: StoreDeps,
  ) {
    crashPoint('store: mkdir');
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    this.file = deps.fileFactory({ cwd: dir, configName: spec.name });
    this.backups = new BackupSet(path.join(dir, 'backups'), spec.name, deps.backupPolicy, deps.now);
    this.value = this.load();
  }

  get path(): string {
    return this.file.path;
  }

  get(): T {
    return this.value;
  }

  /** Whether the document was ever written: a restore still waiting to be written counts (it is not new). */
  exists(): boolean {
    return this.repairPending !== null || fs.existsSync(this.file.path);
  }

  set(next: T): T {
    // Refused inside a query (even a no-op), so a read that would write shows up at once in tests.
    beforeWrite(this.spec.topic ?? this.spec.name);
    const parsed = this.spec.schema.safeParse(next);
    if (!parsed.success) {
      throw new AppError(
        'invalid_request',
        `${this.spec.name} failed validation`,
        parsed.error.issues.map((i) => ({ path: i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)), code: i.code })),
      );
    }
    // An update that changes nothing writes nothing: a rejected or no-op call leaves the file as it was.
    if (this.exists() && JSON.stringify(parsed.data) === JSON.stringify(this.value)) return this.value;
    try {
      // A damaged file found by a query is copied aside before anything overwrites it.
      if (this.repairPending) this.repair(this.repairPending.movedTo, this.repairPending.notAFile, this.value);
      this.file.write(encodeDocument(this.spec, parsed.data));
    } catch (error) {
      // The previous file is intact (atomic write) and so is the cached value: nothing changed.
      const refused = storageError(error);
      this.deps.health?.failed(refused.code);
      throw refused;
    }
    this.deps.health?.succeeded();
    this.value = parsed.data;
    // Back up what was just written (at most once per interval), so the newest backup is
    // always a state that validated, including after the very first save.
    try {
      this.backups.maybeBackup(this.file.path);
    } catch {
      // A failed backup must not undo a save that succeeded; the next write tries again.
    }
    return parsed.data;
  }

  update(change: (current: T) => T): T {
    return this.set(change(this.value));
  }

  private load(): T {
    if (!fs.existsSync(this.file.path)) {
      // A file that is gone although backups of it exist was lost, not never written: restore it.
      // Whether any exist is asked of the task's shared listing (a company opens 512 incident
      // buckets, most never written); the recovery itself reads the folder afresh.
      return this.backups.list().length ? this.recover('missing') : this.spec.empty();
    }
    let value: T;
    try {
      value = decodeDocument(this.spec, this.file.read());
    } catch (error) {
      const reason = error instanceof DocumentRejected ? error.reason : 'unreadable';
      return this.recover(reason);
    }
    // The backup on open is opportunistic: a query leaves it to the next command, and a full or
    // read-only disk must not keep the data from opening.
    if (!inQuery()) {
      try {
        this.backups.maybeBackup(this.file.path);
      } catch {
        // The next write tries again.
      }
    }
    return value;
  }

  /**
   * Puts back a document that was lost with all its backups, rebuilt from the rest of the
   * folder (a company's own record). Like a repair, the one write a query may cause: it restores
   * what the user already had, it changes no data. A full disk keeps it in memory until a save.
   */
  rebuild(value: T): T {
    const parsed = this.spec.schema.parse(value);
    this.value = parsed;
    this.repairPending = { movedTo: '', notAFile: false };
    this.repair('', false, parsed);
    return parsed;
  }

  private repair(movedTo: string, notAFile: boolean, value: T): void {
    try {
      crashPoint('recovery: move damaged file aside');
      if (notAFile) fs.renameSync(this.file.path, movedTo);
      else if (movedTo && fs.existsSync(this.file.path)) fs.copyFileSync(this.file.path, movedTo, fs.constants.COPYFILE_EXCL);
      this.file.write(encodeDocument(this.spec, value));
      this.repairPending = null;
    } catch {
      // Full or read-only disk: the backup is shown now, and the file is repaired later.
      this.repairPending = { movedTo, notAFile };
    }
  }

  /**
   * Puts the newest valid backup in place. The damaged file is copied aside first and then
   * replaced by one atomic write, so a crash at any step leaves either the damaged file (recovered
   * again at the next start) or the restored one, never nothing. When the disk refuses the write,
   * the backup is still what the app shows, and the user is told.
   */
  private recover(reason: StorageNotice['reason']): T {
    const present = fs.existsSync(this.file.path);
    // A folder (or anything but a file) in its place cannot be copied or overwritten: move it aside.
    const notAFile = present && !fs.statSync(this.file.path).isFile();
    const movedTo = present ? `${this.file.path}.corrupt-${fileStamp(this.deps.now())}` : '';
    for (const backup of this.backups.list({ fresh: true })) {
      let value: T;
      try {
        value = decodeDocument(this.spec, JSON.parse(fs.readFileSync(backup.path, 'utf8')));
      } catch {
        continue; // a damaged backup is skipped, never restored
      }
      // Told first, so a crash during the repair cannot leave it unsaid; the repair run again
      // after such a crash updates the same notice (its key).
      this.deps.notices.add(
        { kind: 'restored_from_backup', document: this.spec.name, movedTo, backupTakenAt: backup.takenAt.toISOString(), reason },
        `${this.file.path}|restored_from_backup|${backup.path}`,
      );
      // The one write a query may cause: repairing a damaged file it found, so the notice's
      // path is real at once and the damage is not met again. It changes no data.
      this.repair(movedTo, notAFile, value);
      return value;
    }
    // Told before the damaged file is moved: once it is gone, nothing else would say so.
    this.deps.notices.add({ kind: 'started_empty', document: this.spec.name, movedTo, backupTakenAt: null, reason }, `${this.file.path}|started_empty`);
    try {
      crashPoint('recovery: move damaged file aside');
      if (present) fs.renameSync(this.file.path, movedTo);
    } catch {
      // It stays where it is; starting empty in memory still lets the app open.
    }
    return this.spec.empty();
  }
}
