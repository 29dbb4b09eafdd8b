import { logsDir, runtimeInfo, SupportLog } from './log/support-log';
import type { LogFileOptions } from './log/log-file';
import path from 'node:path';
import { AppError, isStorageProblem } from '../../shared/api/result';
import { jsonStoreFile, type StoreFileFactory } from './store/backend';
import { defaultBackupPolicy, type BackupPolicy } from './store/backups';
import { DocumentStore, type StoreDeps } from './store/document-store';
import { settingsSpec } from '../features/settings';
import { demoSeeders, featureDocuments } from '../features';
import type { DemoSeeder } from '../features/feature';
import type { RegistryEntry } from './store/document-registry';
import { NoticeLog } from './notices';
import { StorageHealth } from './store/storage-health';
import { storageError } from './store/atomic-write';
import { removeStaleTempsUnder } from './store/stale-temps';
import { openInRequest, requestContext } from './request-context';
import type { Platform } from './platform';
import { Workspaces, type Workspace } from './workspaces';
import { recoverInterruptedInstalls } from './interrupted-installs';
import type { AppSettings } from '../../shared/settings/schema';

export interface ServicesOptions {
  dataDir: string;
  platform: Platform;
  /** The JSON store file (jsonStoreFile) unless a test injects one, e.g. with a failing file system. */
  fileFactory?: StoreFileFactory;
  now?: () => Date;
  backupPolicy?: BackupPolicy;
  /** The support log's file (size, count, stream); always `<data>/logs`. Tests shrink or break it. */
  supportLog?: Omit<LogFileOptions, 'dir'>;
}

/** Everything the handlers need, created once per launch by either host. */
export class Services {
  readonly dataDir: string;
  readonly platform: Platform;
  readonly now: () => Date;
  readonly notices: NoticeLog;
  /** For support staff: `<data>/logs/otasuke.log`, codes and timings only, never what users typed. */
  readonly supportLog: SupportLog;
  /** Whether saving works right now (full or read-only disk): the page shows a banner when not. */
  readonly storageHealth: StorageHealth;
  readonly settings: DocumentStore<AppSettings>;
  readonly workspaces: Workspaces;
  /** Every document kind the features keep in a company folder (export, import, snapshots). */
  readonly documents: RegistryEntry[] = featureDocuments;
  /** Every feature's sample data for the demo company. */
  readonly demoSeeders: DemoSeeder[] = demoSeeders;

  constructor(options: ServicesOptions) {
    this.dataDir = path.resolve(options.dataDir);
    this.platform = options.platform;
    this.now = options.now ?? (() => new Date());
    this.supportLog = new SupportLog({ ...options.supportLog, dir: logsDir(this.dataDir) });
    this.supportLog.started(runtimeInfo(this.platform.appVersion, this.platform.host));
    // Kept on disk until dismissed: a crash right after a repair must not lose its notice.
    this.notices = new NoticeLog(this.now, (notice) => this.supportLog.notice(notice), path.join(this.dataDir, 'notices.json'));
    this.storageHealth = new StorageHealth((problem) => this.supportLog.storage(problem));
    const deps: StoreDeps = {
      fileFactory: options.fileFactory ?? jsonStoreFile,
      notices: this.notices,
      now: this.now,
      backupPolicy: options.backupPolicy ?? defaultBackupPolicy,
      health: this.storageHealth,
    };
    this.storageHealth.probe(this.dataDir, deps.fileFactory, (error) => storageError(error).code);
    this.settings = new DocumentStore(this.dataDir, settingsSpec, deps);
    this.workspaces = new Workspaces(path.join(this.dataDir, 'workspaces'), deps, this.documents);
    this.finishInterruptedInstalls(deps);
    // After the folders are back in place (a staged folder moved in may hold one): what a write
    // killed half-way left behind, the hidden temp files.
    removeStaleTempsUnder(this.dataDir);
  }

  /** Start-up: a replace or restore a crash cut short is finished or undone, and the user told. */
  private finishInterruptedInstalls(deps: StoreDeps): void {
    try {
      recoverInterruptedInstalls(this.workspaces.root, deps, (kind, key) =>
        this.notices.add({ kind, document: 'workspace', movedTo: '', backupTakenAt: null, reason: 'interrupted' }, key),
      );
    } catch {
      // A folder that cannot be moved now (read-only disk) is tried again at the next start.
    }
  }

  /**
   * The company the request being answered named (the dispatch checked it). Outside a request
   * (start-up, the CLI, tests) there is no window to ask, so the last opened company stands in.
   */
  requestWorkspaceOrNull(): Workspace | null {
    const context = requestContext();
    return context ? context.workspace : this.lastOpenedWorkspaceOrNull();
  }

  requestWorkspace(): Workspace {
    const ws = this.requestWorkspaceOrNull();
    if (!ws) throw new AppError('no_workspace');
    return ws;
  }

  /** The company a new window opens with: the last one opened anywhere, else the first there is. */
  lastOpenedWorkspaceOrNull(): Workspace | null {
    const id = this.settings.get().currentWorkspaceId;
    if (id && this.workspaces.exists(id)) return this.workspaces.get(id);
    // The chosen one is gone (deleted, or its folder moved): fall back to the first there is.
    const first = this.workspaces.list()[0];
    return first ? this.workspaces.get(first.id) : null;
  }

  /** The calling window shows `id` from now on, and new windows will open with it. */
  open(id: string): Workspace {
    if (!this.workspaces.exists(id)) throw new AppError('not_found', 'workspace');
    const ws = this.workspaces.get(id);
    try {
      if (this.settings.get().currentWorkspaceId !== id) this.settings.update((s) => ({ ...s, currentWorkspaceId: id }));
    } catch (error) {
      // On a full or read-only disk the window still opens it; only the default for new windows is not kept.
      if (!(error instanceof AppError && isStorageProblem(error.code))) throw error;
    }
    openInRequest(ws);
    return ws;
  }
}
