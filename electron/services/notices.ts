import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import { z } from 'zod';
import type { StorageNotice } from '../../shared/notices/schema';
import { writeFileAtomic } from './store/atomic-write';
import type { NoticeSink } from './store/document-store';

const storedNotices = z.object({
  schemaVersion: z.literal(1),
  data: z.array(
    z.object({
      id: z.string().min(1).max(100),
      key: z.string().max(2000).optional(),
      kind: z.enum(['restored_from_backup', 'started_empty', 'operation_finished', 'operation_rolled_back', 'workspace_recovered']),
      document: z.string().max(200),
      movedTo: z.string().max(4000),
      backupTakenAt: z.string().max(40).nullable(),
      reason: z.enum(['unreadable', 'invalid', 'newer_version', 'missing', 'interrupted']),
      at: z.string().max(40),
    }),
  ).max(1000),
});

type KeptNotice = StorageNotice & { key?: string };

/** More than this many undismissed notices says nothing more; the oldest go first. */
const keptNotices = 50;

/**
 * Notices of what recovery did, shown until the user dismisses them. Kept on disk (`notices.json`
 * in the data folder, one atomic write per change) and written *before* the step they announce,
 * so a crash right after a repair cannot lose the only word of it: the next start shows it. A
 * step that runs again after such a crash passes the same `key`, which updates that notice
 * instead of adding a second one.
 */
export class NoticeLog implements NoticeSink {
  private items: KeptNotice[] = [];

  /** `onAdd` hears each notice as it is raised (the support log); `file` is null in memory only. */
  constructor(
    private readonly now: () => Date,
    private readonly onAdd: (notice: Omit<StorageNotice, 'id' | 'at'>) => void = () => undefined,
    private readonly file: string | null = null,
  ) {
    if (file) this.items = readNotices(file, now);
  }

  add(notice: Omit<StorageNotice, 'id' | 'at'>, key?: string): void {
    this.onAdd(notice);
    const existing = key === undefined ? -1 : this.items.findIndex((n) => n.key === key);
    const kept: KeptNotice = { ...notice, id: existing >= 0 ? this.items[existing]!.id : randomUUID(), at: this.now().toISOString(), ...(key === undefined ? {} : { key }) };
    if (existing >= 0) this.items[existing] = kept;
    else this.items = [...this.items, kept].slice(-keptNotices);
    this.save();
  }

  list(): StorageNotice[] {
    return this.items.map(({ key: _key, ...notice }) => notice);
  }

  dismiss(id: string): void {
    const before = this.items.length;
    this.items = this.items.filter((n) => n.id !== id);
    if (this.items.length !== before) this.save();
  }

  private save(): void {
    if (!this.file) return;
    try {
      writeFileAtomic(this.file, JSON.stringify({ schemaVersion: 1, data: this.items }));
    } catch {
      // A full or read-only disk: the notice is still shown in this launch (the banner says why).
    }
  }
}

/** The kept notices, or none: a damaged file is moved aside (a notice is never worth refusing to start). */
function readNotices(file: string, now: () => Date): KeptNotice[] {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return [];
  }
  try {
    return storedNotices.parse(JSON.parse(text)).data;
  } catch {
    try {
      fs.renameSync(file, `${file}.corrupt-${now().toISOString().replace(/[:.]/g, '-')}`);
    } catch {
      // left in place; it is read again (and refused again) at the next start
    }
    return [];
  }
}
