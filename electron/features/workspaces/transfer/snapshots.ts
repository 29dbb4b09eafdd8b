import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { AppError } from '../../../../shared/api/result';
import { beforeWrite } from '../../../services/request-context';
import { storageError, writeFileAtomic } from '../../../services/store/atomic-write';
import { fileStamp } from '../../../services/store/backups';
import { snapshotsToDrop, type SnapshotRetention } from '../../../../shared/workspaces/transfer/snapshot-retention';
import type { Workspace } from '../../../services/workspaces';
import { exportPlainWorkspace } from './write-export';
import { crashPoint } from '../../../services/store/crash-points';
import { removeFolder } from '../../../services/store/remove-folder';

/** Where the snapshots of every company (present or deleted) are kept. */
export function snapshotsRoot(dataDir: string): string {
  return path.join(dataDir, 'snapshots');
}

export const snapshotReasons = ['daily', 'before_replace', 'before_restore', 'before_delete'] as const;
export type SnapshotReason = (typeof snapshotReasons)[number];

export interface SnapshotEntry {
  id: string;
  takenAt: string;
  reason: SnapshotReason;
  size: number;
}

const fileName = /^(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)\.([a-z_]+)\.otasuke$/;
export const snapshotIdSchema = z.string().regex(fileName);

function stampToIso(stamp: string): string {
  const [date, time] = stamp.split('T') as [string, string];
  const [h, m, s, ms] = time.slice(0, -1).split('-');
  return `${date}T${h}:${m}:${s}.${ms}Z`;
}

const dayMs = 24 * 60 * 60 * 1000;

/**
 * Whole-workspace copies in the export format (unencrypted, like the store files beside them):
 * `<dataDir>/snapshots/<workspaceId>/<time>.<reason>.otasuke`. Taken once a day when the app is
 * used and always before a workspace is replaced, restored or deleted; the oldest roll off.
 */
export class WorkspaceSnapshots {
  private readonly takenThisLaunch = new Set<string>();

  constructor(
    readonly root: string,
    private readonly appVersion: string,
    private readonly now: () => Date,
    private readonly retention: () => SnapshotRetention,
  ) {}

  /** Companies that have snapshots here: the ones still present and the deleted ones. */
  companyIds(): string[] {
    try {
      return fs.readdirSync(this.root).filter((name) => /^[A-Za-z0-9_-]{6,64}$/.test(name));
    } catch {
      return [];
    }
  }

  /** Removes every snapshot of a company (a deleted one, for good). */
  purge(workspaceId: string): void {
    beforeWrite('snapshots');
    removeFolder(this.dir(workspaceId), 'snapshots: purge');
  }

  private dir(workspaceId: string): string {
    return path.join(this.root, workspaceId);
  }

  list(workspaceId: string): SnapshotEntry[] {
    let names: string[];
    try {
      names = fs.readdirSync(this.dir(workspaceId));
    } catch {
      return [];
    }
    const entries: SnapshotEntry[] = [];
    for (const name of names) {
      const m = fileName.exec(name);
      if (!m || !(snapshotReasons as readonly string[]).includes(m[2]!)) continue;
      const size = fs.statSync(path.join(this.dir(workspaceId), name)).size;
      entries.push({ id: name, takenAt: stampToIso(m[1]!), reason: m[2] as SnapshotReason, size });
    }
    return entries.sort((a, b) => b.takenAt.localeCompare(a.takenAt));
  }

  take(ws: Workspace, reason: SnapshotReason): SnapshotEntry {
    beforeWrite('snapshots');
    const { text } = exportPlainWorkspace(ws, { appVersion: this.appVersion, now: this.now() });
    const dir = this.dir(ws.id);
    crashPoint('snapshots: mkdir');
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    let at = this.now();
    // Two snapshots in the same millisecond (replace right after restore) must not overwrite.
    while (fs.existsSync(path.join(dir, `${fileStamp(at)}.${reason}.otasuke`))) at = new Date(at.getTime() + 1);
    const target = path.join(dir, `${fileStamp(at)}.${reason}.otasuke`);
    try {
      writeFileAtomic(target, text);
    } catch (error) {
      throw storageError(error);
    }
    this.takenThisLaunch.add(ws.id);
    for (const old of snapshotsToDrop(this.list(ws.id), this.retention(), this.now())) {
      crashPoint('snapshots: remove oldest');
      fs.rmSync(path.join(dir, old), { force: true });
    }
    return { id: path.basename(target), takenAt: at.toISOString(), reason, size: Buffer.byteLength(text) };
  }

  /** The daily snapshot: at most one per launch, and only when the newest is a day old. */
  maybeTakeDaily(ws: Workspace): void {
    if (this.takenThisLaunch.has(ws.id)) return;
    this.takenThisLaunch.add(ws.id);
    const newest = this.list(ws.id)[0];
    if (newest && this.now().getTime() - Date.parse(newest.takenAt) < dayMs) return;
    if (!ws.meta.get()) return;
    this.take(ws, 'daily');
  }

  read(workspaceId: string, snapshotId: string): string {
    if (!snapshotIdSchema.safeParse(snapshotId).success) throw new AppError('not_found', 'snapshot');
    const file = path.join(this.dir(workspaceId), snapshotId);
    if (!fs.existsSync(file)) throw new AppError('not_found', 'snapshot');
    return fs.readFileSync(file, 'utf8');
  }
}
