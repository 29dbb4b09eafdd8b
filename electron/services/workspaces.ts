import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { AppError } from '../../shared/api/result';
import { workspaceMetaSchema, type WorkspaceMeta } from '../../shared/settings/schema';
import { DocumentStore, type StoreDeps } from './store/document-store';
import type { DocumentSpec } from './store/document-spec';
import type { RegistryEntry } from './store/document-registry';
import { crashPoint } from './store/crash-points';
import { discardFolder } from './store/remove-folder';
import { rebuildLostRecord } from './lost-workspace-record';

const metaSpec: DocumentSpec<WorkspaceMeta | null> = {
  name: 'workspace',
  schema: workspaceMetaSchema.nullable(),
  version: 1,
  empty: () => null,
};

/** One company's data: a folder holding one small file per kind of document. */
export class Workspace {
  private readonly documents = new Map<string, DocumentStore<unknown>>();
  readonly meta: DocumentStore<WorkspaceMeta | null>;

  constructor(
    readonly dir: string,
    private readonly deps: StoreDeps,
    /** Every kind of document the app's features keep, so a whole folder can be exported or checked. */
    readonly registry: RegistryEntry[] = [],
  ) {
    this.meta = new DocumentStore(dir, metaSpec, deps);
  }

  get id(): string {
    return path.basename(this.dir);
  }

  /** The store for one kind of document in this workspace, opened once and then cached. */
  document<T>(spec: DocumentSpec<T>): DocumentStore<T> {
    let store = this.documents.get(spec.name);
    if (!store) {
      store = new DocumentStore(this.dir, spec, this.deps) as DocumentStore<unknown>;
      this.documents.set(spec.name, store);
    }
    return store as DocumentStore<T>;
  }
}

const idPattern = /^[A-Za-z0-9_-]{6,64}$/;

/** All workspaces under `<dataDir>/workspaces/<id>/`. */
export class Workspaces {
  private readonly open = new Map<string, Workspace>();

  constructor(
    readonly root: string,
    private readonly deps: StoreDeps,
    readonly registry: RegistryEntry[],
  ) {}

  list(): WorkspaceMeta[] {
    let names: string[] = [];
    try {
      names = fs.readdirSync(this.root);
    } catch {
      return [];
    }
    const metas: WorkspaceMeta[] = [];
    for (const name of names) {
      if (!idPattern.test(name)) continue;
      if (!fs.statSync(path.join(this.root, name)).isDirectory()) continue;
      const meta = this.metaOf(name);
      if (meta) metas.push(meta);
    }
    return metas.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  }

  get(id: string): Workspace {
    if (!z.string().regex(idPattern).safeParse(id).success) throw new AppError('not_found', 'bad workspace id');
    let ws = this.open.get(id);
    if (!ws) {
      ws = new Workspace(path.join(this.root, id), this.deps, this.registry);
      this.open.set(id, ws);
    }
    return ws;
  }

  exists(id: string): boolean {
    if (!idPattern.test(id)) return false;
    if (fs.existsSync(path.join(this.root, id, 'workspace.json'))) return true;
    // Its record file lost but the folder there: opening it restores the record from a backup,
    // or rebuilds it from the company's other files.
    return fs.existsSync(path.join(this.root, id)) && this.metaOf(id) !== null;
  }

  /** A company's record, restored from a backup or rebuilt from its files when it was lost. */
  private metaOf(id: string): WorkspaceMeta | null {
    const ws = this.get(id);
    return ws.meta.get() ?? rebuildLostRecord(ws, this.deps.notices);
  }

  create(name: string, isDemo = false): Workspace {
    const id = randomUUID();
    const ws = this.get(id);
    ws.meta.set({ id, name, createdAt: this.deps.now().toISOString(), isDemo });
    return ws;
  }

  /**
   * Writes a whole workspace (import, restore) into a hidden staging folder first and only then
   * moves it into place, so a failure half-way never leaves a mixed or half-written workspace.
   * With `replaceId` the old folder is swapped out and removed (the caller snapshots it first).
   */
  install(meta: Omit<WorkspaceMeta, 'id'>, documents: [DocumentSpec<unknown>, unknown][], replaceId?: string, newId?: string): Workspace {
    if (newId && (!idPattern.test(newId) || this.exists(newId))) throw new AppError('conflict', 'workspace id taken');
    const id = replaceId ?? newId ?? randomUUID();
    const staging = path.join(this.root, `.staging-${randomUUID()}`);
    try {
      const staged = new Workspace(staging, this.deps, this.registry);
      for (const [spec, data] of documents) staged.document(spec).set(data);
      staged.meta.set({ ...meta, id });
      const target = path.join(this.root, id);
      if (replaceId) {
        const old = path.join(this.root, `.replaced-${randomUUID()}`);
        crashPoint('install: move old folder aside');
        fs.renameSync(target, old);
        try {
          crashPoint('install: move new folder in');
          fs.renameSync(staging, target);
        } catch (error) {
          fs.renameSync(old, target); // put the original back before reporting the failure
          throw error;
        }
        discardFolder(old, 'install: remove old folder');
      } else {
        crashPoint('install: move new folder in');
        fs.renameSync(staging, target);
      }
    } catch (error) {
      fs.rmSync(staging, { recursive: true, force: true });
      throw error;
    }
    this.open.delete(id);
    return this.get(id);
  }

  rename(id: string, name: string): WorkspaceMeta {
    const meta = this.get(id).meta.get();
    if (!meta) throw new AppError('not_found', 'workspace');
    return this.get(id).meta.set({ ...meta, name })!;
  }

  /**
   * Deletes the folder; the caller keeps a snapshot first. It is first moved aside under a hidden
   * name in one rename, so a crash during the removal never leaves a half-deleted company that
   * opens with some of its files gone (start-up removes a `.deleting-*` leftover).
   */
  remove(id: string): void {
    if (!this.exists(id)) throw new AppError('not_found', 'workspace');
    discardFolder(path.join(this.root, id), 'delete: remove folder');
    this.open.delete(id);
  }
}
