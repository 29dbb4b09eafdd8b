import type { Handlers } from '../../../shared/api/contract';
import { beforeWrite } from '../../services/request-context';
import type { Services } from '../../services/services';

export function appHandlers(services: Services): Handlers['app'] {
  return {
    info: () => ({
      version: services.platform.appVersion,
      host: services.platform.host,
      dataDir: services.dataDir,
    }),
    notices: () => services.notices.list(),
    storageStatus: () => ({ problem: services.storageHealth.current() }),
    dismissNotice: ({ id }) => {
      beforeWrite('notices'); // kept in memory only, but the list on screen must follow
      return services.notices.dismiss(id);
    },
  };
}
