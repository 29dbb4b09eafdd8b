import { randomUUID } from 'node:crypto';
import type { StorageNotice } from '../../shared/notices/schema';
import type { NoticeSink } from './store/document-store';

/** Notices raised while opening files during this launch; shown until the user dismisses them. */
export class NoticeLog implements NoticeSink {
  private readonly items: StorageNotice[] = [];

  constructor(private readonly now: () => Date) {}

  add(notice: Omit<StorageNotice, 'id' | 'at'>): void {
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
