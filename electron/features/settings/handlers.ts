import type { Handlers } from '../../../shared/api/contract';
import type { Services } from '../../services/services';

export function settingsHandlers(services: Services): Handlers['settings'] {
  return {
    get: () => services.settings.get(),
    setLanguage: ({ language }) => services.settings.update((s) => ({ ...s, language })),
    setSnapshotRetention: (snapshotRetention) => services.settings.update((s) => ({ ...s, snapshotRetention })),
  };
}
