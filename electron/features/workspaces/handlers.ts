import type { Handlers } from '../../../shared/api/contract';
import { AppError } from '../../../shared/api/result';
import { companyProfileSchema } from '../../../shared/profile/schema';
import { exportFileName } from '../../../shared/workspaces/transfer/export-format';
import { createDemoWorkspace } from './demo';
import { seedPresetContacts } from '../contacts';
import { profileSpec } from '../profile';
import { beforeWrite } from '../../services/request-context';
import type { Services } from '../../services/services';
import { exportWorkspace } from './transfer/write-export';
import { WorkspaceTransfer } from './transfer/workspace-transfer';

export function workspacesHandlers(services: Services): Handlers['workspaces'] {
  const { workspaces } = services;
  const transfer = new WorkspaceTransfer(services);
  const metaOf = (id: string) => {
    const meta = workspaces.get(id).meta.get();
    if (!meta) throw new AppError('not_found', 'workspace');
    return meta;
  };
  return {
    get: () => metaOf(services.requestWorkspace().id),
    lastOpened: () => services.lastOpenedWorkspaceOrNull()?.meta.get() ?? null,
    prepare: () => {
      const ws = services.requestWorkspace();
      // A company made before presets were seeded at creation gets them now, as it always did on first open.
      seedPresetContacts(ws, services.settings.get().language);
      try {
        transfer.snapshots.maybeTakeDaily(ws);
        transfer.deleted.expire();
      } catch {
        // A daily snapshot that fails (disk full) must not keep the company from opening.
      }
      return metaOf(ws.id);
    },
    list: () => workspaces.list(),
    createDemo: () => {
      const meta = createDemoWorkspace(services).meta.get();
      if (!meta) throw new Error('demo workspace has no meta');
      return meta;
    },
    create: ({ name }) => {
      const ws = workspaces.create(name);
      ws.document(profileSpec).set(companyProfileSchema.parse({ name }));
      seedPresetContacts(ws, services.settings.get().language);
      services.open(ws.id);
      return metaOf(ws.id);
    },
    switchTo: ({ id }) => metaOf(services.open(id).id),
    rename: ({ id, name }) => {
      if (!workspaces.exists(id)) throw new AppError('not_found', 'workspace');
      // The profile carries the same name onto every printout: keep the two in step.
      const profile = workspaces.get(id).document(profileSpec);
      const current = profile.get();
      if (current) profile.set({ ...current, name });
      return workspaces.rename(id, name);
    },
    remove: ({ id, confirmName }) => {
      if (!workspaces.exists(id)) throw new AppError('not_found', 'workspace');
      if (confirmName.trim() !== metaOf(id).name) throw new AppError('invalid_request', 'name does not match', [{ path: ['confirmName'], code: 'confirm_mismatch' }]);
      // The folder goes without a document write: announce it, so every window drops that company.
      beforeWrite('workspace');
      transfer.remove(id);
      if (services.settings.get().currentWorkspaceId === id) {
        services.settings.update((s) => ({ ...s, currentWorkspaceId: workspaces.list()[0]?.id ?? null }));
      }
    },
    exportFile: async ({ passphrase }) => {
      const ws = services.requestWorkspace();
      const now = services.now();
      const result = await exportWorkspace(ws, { appVersion: services.platform.appVersion, now, passphrase });
      return {
        fileName: exportFileName(metaOf(ws.id).name, now),
        mimeType: 'application/octet-stream',
        base64: Buffer.from(result.text, 'utf8').toString('base64'),
        fingerprint: result.fingerprint,
      };
    },
    importPreview: ({ text, passphrase }) => transfer.preview(text, passphrase),
    importCommit: ({ token, mode }) => transfer.commit(token, mode),
    snapshots: () => transfer.snapshots.list(services.requestWorkspace().id),
    snapshotPreview: ({ id }) => transfer.snapshotPreview(id),
    restoreSnapshot: ({ id }) => transfer.restore(id),
    deletedCompanies: () => transfer.deleted.list(),
    restoreDeleted: ({ id }) => transfer.restoreDeleted(id),
    purgeDeleted: ({ id }) => transfer.deleted.purge(id),
  };
}
