import type { Handlers } from '../../../shared/api/contract';
import { AppError } from '../../../shared/api/result';
import { companyProfileSchema } from '../../../shared/schemas/profile';
import { exportFileName } from '../../../shared/transfer/export-format';
import { createDemoWorkspace } from '../demo';
import { seedPresetContacts } from '../documents/contacts';
import { profileSpec } from '../documents/profile';
import { beforeWrite } from '../request-context';
import type { Services } from '../services';
import { exportWorkspace } from '../transfer/write-export';

export function workspaceHandlers(services: Services): Handlers['workspace'] {
  const { workspaces, transfer } = services;
  const metaOf = (id: string) => {
    const meta = workspaces.get(id).meta.get();
    if (!meta) throw new AppError('not_found', 'workspace');
    return meta;
  };
  return {
    current: () => services.currentWorkspaceOrNull()?.meta.get() ?? null,
    prepare: () => {
      const ws = services.currentWorkspaceOrNull();
      if (!ws) return null;
      // A company made before presets were seeded at creation gets them now, as it always did on first open.
      seedPresetContacts(ws, services.settings.get().language);
      try {
        transfer.snapshots.maybeTakeDaily(ws);
      } catch {
        // A daily snapshot that fails (disk full) must not keep the company from opening.
      }
      return ws.meta.get() ?? null;
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
      services.switchTo(ws.id);
      return metaOf(ws.id);
    },
    switchTo: ({ id }) => metaOf(services.switchTo(id).id),
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
      const ws = services.currentWorkspace();
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
    snapshots: () => {
      const ws = services.currentWorkspaceOrNull();
      if (!ws) throw new AppError('no_workspace');
      return transfer.snapshots.list(ws.id);
    },
    snapshotPreview: ({ id }) => transfer.snapshotPreview(id),
    restoreSnapshot: ({ id }) => transfer.restore(id),
    atRestStatus: () => {
      const status = services.platform.keyProtection?.status() ?? { available: false, backend: null, plainTextFallback: false };
      return { host: services.platform.host, ...status, encryptionImplemented: false as const };
    },
  };
}
