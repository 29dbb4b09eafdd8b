import { AppError } from '../../../../shared/api/result';
import type { DeletedCompany } from '../../../../shared/workspaces/contract';
import { deletedCompanyExpiresAt, type SnapshotRetention } from '../../../../shared/workspaces/transfer/snapshot-retention';
import { readPlainExportText } from './read-export';
import type { WorkspaceSnapshots } from './snapshots';
import type { RegistryEntry } from '../../../services/store/document-registry';

/**
 * A deleted company is the snapshots folder of a company that is no longer there: its newest
 * snapshot (taken just before deletion) can be restored until the retention period ends.
 */
export class DeletedCompanies {
  constructor(
    private readonly snapshots: WorkspaceSnapshots,
    private readonly exists: (id: string) => boolean,
    private readonly retention: () => SnapshotRetention,
    private readonly now: () => Date,
    private readonly registry: RegistryEntry[],
  ) {}

  list(): DeletedCompany[] {
    const out: DeletedCompany[] = [];
    for (const workspaceId of this.snapshots.companyIds()) {
      if (this.exists(workspaceId)) continue;
      const newest = this.snapshots.list(workspaceId)[0];
      if (!newest) continue;
      let name = '';
      try {
        name = readPlainExportText(this.snapshots.read(workspaceId, newest.id), this.registry).preview.company;
      } catch {
        // An unreadable snapshot is still listed, so it can be deleted; restoring it will say why.
      }
      out.push({
        workspaceId,
        name,
        deletedAt: newest.takenAt,
        expiresAt: deletedCompanyExpiresAt(newest.takenAt, this.retention()),
        snapshotId: newest.id,
        size: newest.size,
      });
    }
    return out.sort((a, b) => b.deletedAt.localeCompare(a.deletedAt));
  }

  find(workspaceId: string): DeletedCompany {
    const found = this.list().find((d) => d.workspaceId === workspaceId);
    if (!found) throw new AppError('not_found', 'deleted company');
    return found;
  }

  /** Removes deleted companies whose retention period is over. */
  expire(): void {
    const now = this.now().toISOString();
    for (const deleted of this.list()) if (deleted.expiresAt < now) this.snapshots.purge(deleted.workspaceId);
  }

  purge(workspaceId: string): void {
    this.find(workspaceId);
    this.snapshots.purge(workspaceId);
  }
}
