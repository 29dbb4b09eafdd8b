import { randomUUID } from 'node:crypto';
import type { StorageNotice } from '../../shared/notices/schema';
import type { NoticeSink } from './store/document-store';

/** Notices raised while opening files during this launch; shown until the user dismisses them. */
export class NoticeLog implements NoticeSink {
  private readonly items: StorageNotice[] = [];

  /** `onAdd` hears each notice as it is raised (the support log). */
  constructor(
    private readonly now: () => Date,
    private readonly onAdd: (notice: Omit<StorageNotice, 'id' | 'at'>) => void = () => undefined,
  ) {}

  add(notice: Omit<StorageNotice, 'id' | 'at'>): void {
    this.onAdd(notice);
    this.items.push({ ...notice, id: randomUUID(), at: this.now().toISOString() });
  }

  list(): StorageNotice[] {
    return [...this.items];
  }

  dismiss(id: string): void {
    const index = this.items.findIndex((n) => n.id === id);
    if (index >= 0) this.items.splice(index, 1);
  }
}
