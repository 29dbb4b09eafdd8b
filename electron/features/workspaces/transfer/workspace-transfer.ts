import { randomBytes } from 'node:crypto';
import { AppError } from '../../../../shared/api/result';
import type { WorkspaceMeta } from '../../../../shared/settings/schema';
import type { ExportPreview } from '../../../../shared/workspaces/transfer/export-format';
import { requireDocumentSpec } from '../../../services/store/document-registry';
import type { Services } from '../../../services/services';
import type { Workspace } from '../../../services/workspaces';
import { readExportOffThread } from './off-thread';
import { readPlainExportText } from './read-export';
import { snapshotsRoot, WorkspaceSnapshots } from './snapshots';
import { DeletedCompanies } from './deleted-companies';

const pendingTtlMs = 15 * 60_000;
const maxPending = 3;

export type ImportMode = 'new' | 'replace';

/** What an install needs: the company's meta and its decoded documents by name. */
type Installable = { meta: WorkspaceMeta; documents: Record<string, unknown> };

/**
 * Import and restore in two steps: `preview` reads and validates everything and parks the result
 * under a short-lived token; nothing touches the disk until `commit` is called with that token.
 */
export class WorkspaceTransfer {
  readonly snapshots: WorkspaceSnapshots;
  readonly deleted: DeletedCompanies;
  /** Parked imports; the documents stay JSON (read in the worker) until a commit needs them. */
  private readonly pending = new Map<string, { meta: WorkspaceMeta; documentsJson: string; expiresAt: number }>();

  constructor(private readonly services: Services) {
    const retention = () => services.settings.get().snapshotRetention;
    this.snapshots = new WorkspaceSnapshots(snapshotsRoot(services.dataDir), services.platform.appVersion, services.now, retention);
    this.deleted = new DeletedCompanies(this.snapshots, (id) => services.workspaces.exists(id), retention, services.now, services.documents);
  }

  async preview(text: string, passphrase?: string): Promise<{ token: string; preview: ExportPreview }> {
    const { meta, preview, documentsJson } = await readExportOffThread(text, passphrase);
    const now = this.services.now().getTime();
    for (const [token, entry] of this.pending) if (entry.expiresAt < now) this.pending.delete(token);
    // Parsed files can be large: keep only the latest few.
    while (this.pending.size >= maxPending) this.pending.delete(this.pending.keys().next().value!);
    const token = randomBytes(18).toString('base64url');
    this.pending.set(token, { meta, documentsJson, expiresAt: now + pendingTtlMs });
    return { token, preview };
  }

  commit(token: string, mode: ImportMode): WorkspaceMeta {
    const entry = this.pending.get(token);
    if (!entry || entry.expiresAt < this.services.now().getTime()) throw new AppError('not_found', 'import expired');
    this.pending.delete(token);
    const current = mode === 'replace' ? this.services.requestWorkspace() : null;
    if (current) this.snapshots.take(current, 'before_replace');
    const ws = this.install({ meta: entry.meta, documents: JSON.parse(entry.documentsJson) as Record<string, unknown> }, current?.id);
    this.services.open(ws.id);
    return ws.meta.get()!;
  }

  /** Puts the current workspace back to a snapshot, snapshotting the present state first. */
  restore(snapshotId: string): WorkspaceMeta {
    const current = this.services.requestWorkspace();
    const result = readPlainExportText(this.snapshots.read(current.id, snapshotId), this.services.documents);
    this.snapshots.take(current, 'before_restore');
    const ws = this.install(result, current.id);
    return ws.meta.get()!;
  }

  /** Brings a deleted company back, under its old id (so its snapshots stay with it). */
  restoreDeleted(workspaceId: string): WorkspaceMeta {
    const deleted = this.deleted.find(workspaceId);
    const ws = this.install(readPlainExportText(this.snapshots.read(workspaceId, deleted.snapshotId), this.services.documents), undefined, workspaceId);
    this.services.open(ws.id);
    return ws.meta.get()!;
  }

  snapshotPreview(snapshotId: string): ExportPreview {
    const current = this.services.requestWorkspace();
    return readPlainExportText(this.snapshots.read(current.id, snapshotId), this.services.documents).preview;
  }

  remove(id: string): void {
    const ws = this.services.workspaces.get(id);
    if (!this.services.workspaces.exists(id)) throw new AppError('not_found', 'workspace');
    this.snapshots.take(ws, 'before_delete');
    this.services.workspaces.remove(id);
  }

  private install(result: Installable, replaceId?: string, newId?: string): Workspace {
    const documents = Object.entries(result.documents).map(([name, data]) => [requireDocumentSpec(name, this.services.documents), data] as [ReturnType<typeof requireDocumentSpec>, unknown]);
    const { name, createdAt, isDemo } = result.meta;
    return this.services.workspaces.install({ name, createdAt, isDemo }, documents, replaceId, newId);
  }
}
