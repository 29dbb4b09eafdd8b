import { z } from 'zod';
import { command, query } from '../api/endpoint';
import { byId, id, noInput, shortText } from '../schemas/common';
import type { GeneratedFile } from '../files/schema';
import type { WorkspaceMeta } from '../settings/schema';
import type { ExportPreview } from './transfer/export-format';

export interface SnapshotInfo {
  id: string;
  takenAt: string;
  reason: 'daily' | 'before_replace' | 'before_restore' | 'before_delete';
  size: number;
}

/** A company deleted within the retention period: restorable from its last snapshot. */
export interface DeletedCompany {
  workspaceId: string;
  name: string;
  deletedAt: string;
  /** When its snapshots are removed for good. */
  expiresAt: string;
  snapshotId: string;
  size: number;
}

const companyName = shortText.min(1, { error: 'required' });
/** Long enough to resist guessing at scrypt's cost; the UI asks for it twice. */
export const exportPassphrase = z.string().min(8, { error: 'too_small' }).max(1000);
const snapshotId = z.string().max(100);
/** Import text as read by the page; the handler checks the exact 50 MB limit and answers too_large. */
const importText = z.string().max(60 * 1024 * 1024);

export const workspacesContract = {
  /** The company this window shows (named by the call, like every company-scoped one). */
  get: query<WorkspaceMeta>()(noInput, { reads: ['workspace'] }),
  /**
   * The company a new window opens with: the one last opened in any window, else the first there
   * is; null before the first company exists. Which company a window shows is the window's own state.
   */
  lastOpened: query<WorkspaceMeta | null>()(noInput, { reads: ['settings', 'workspace'], scope: 'app' }),
  /**
   * Once when a window opens a company: its daily snapshot, and the public desks for a company
   * that never had a contacts file. Kept out of `current` so no query writes.
   */
  prepare: command<WorkspaceMeta>()(noInput),
  list: query<WorkspaceMeta[]>()(noInput, { reads: ['workspace'], scope: 'app' }),
  /** Creates the sample company (サンプル株式会社) filled by every feature; the calling window opens it. */
  createDemo: command<WorkspaceMeta>()(noInput, { scope: 'app' }),
  /** A new, empty company (its profile holds just the name); the calling window opens it. */
  create: command<WorkspaceMeta>()(z.object({ name: companyName }).strict(), { scope: 'app' }),
  /** The calling window opens this company; new windows will too. */
  switchTo: command<WorkspaceMeta>()(byId, { scope: 'app' }),
  rename: command<WorkspaceMeta>()(z.object({ id, name: companyName }).strict(), { scope: 'app' }),
  /** Deletes a company after taking a snapshot of it; `confirmName` must repeat its name. */
  remove: command<void>()(z.object({ id, confirmName: z.string().max(200) }).strict(), { scope: 'app' }),
  /** The current workspace as one `.otasuke` file, encrypted when a passphrase is given. */
  exportFile: query<GeneratedFile>()(z.object({ passphrase: exportPassphrase.optional() }).strict(), { reads: ['*'] }),
  /** Step 1 of import: validates everything, writes nothing, returns a token for step 2. */
  importPreview: query<{ token: string; preview: ExportPreview }>()(
    z.object({ text: importText, passphrase: z.string().max(1000).optional() }).strict(), { reads: [], scope: 'app' },
  ),
  /** Step 2: writes the previewed file as a new company or over the named one (snapshot first). */
  importCommit: command<WorkspaceMeta>()(
    z.object({ token: z.string().min(10).max(100), mode: z.enum(['new', 'replace']) }).strict(),
    { scope: 'workspace-or-none' },
  ),
  snapshots: query<SnapshotInfo[]>()(noInput, { reads: ['snapshots'] }),
  snapshotPreview: query<ExportPreview>()(z.object({ id: snapshotId }).strict(), { reads: ['snapshots'] }),
  /** Puts the current company back as it was in a snapshot; the present state is kept first. */
  restoreSnapshot: command<WorkspaceMeta>()(z.object({ id: snapshotId }).strict()),
  deletedCompanies: query<DeletedCompany[]>()(noInput, { reads: ['snapshots', 'workspace', 'settings'], scope: 'app' }),
  /** Brings a deleted company back as it was just before deletion; the calling window opens it. */
  restoreDeleted: command<WorkspaceMeta>()(byId, { scope: 'app' }),
  /** Removes a deleted company's snapshots for good. */
  purgeDeleted: command<void>()(byId, { scope: 'app' }),
};
