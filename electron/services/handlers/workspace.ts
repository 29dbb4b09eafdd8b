import type { Handlers } from '../../../shared/api/contract';
import { createDemoWorkspace } from '../demo';
import type { Services } from '../services';

export function workspaceHandlers(services: Services): Handlers['workspace'] {
  return {
    current: () => services.currentWorkspaceOrNull()?.meta.get() ?? null,
    list: () => services.workspaces.list(),
    createDemo: () => {
      const meta = createDemoWorkspace(services).meta.get();
      if (!meta) throw new Error('demo workspace has no meta');
      return meta;
    },
  };
}
