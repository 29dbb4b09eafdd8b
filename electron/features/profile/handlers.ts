import type { Handlers } from '../../../shared/api/contract';
import { seedPresetContacts } from '../contacts';
import { profileSpec } from './documents';
import type { Services } from '../../services/services';

export function profileHandlers(services: Services): Handlers['profile'] {
  return {
    get: () => services.requestWorkspaceOrNull()?.document(profileSpec).get() ?? null,
    save: (profile) => {
      // First run: the owner's first saved profile creates their (only) workspace.
      let ws = services.requestWorkspaceOrNull();
      if (!ws) {
        const created = services.workspaces.create(profile.name);
        seedPresetContacts(created, services.settings.get().language);
        ws = services.open(created.id);
      }
      const saved = profile;
      ws.document(profileSpec).set(saved);
      const meta = ws.meta.get();
      if (meta && meta.name !== saved.name) ws.meta.set({ ...meta, name: saved.name });
      return saved;
    },
  };
}
