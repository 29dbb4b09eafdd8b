import type { Handlers } from '../../../shared/api/contract';
import type { Services } from '../services';

export function appHandlers(services: Services): Handlers['app'] {
  return {
    info: () => ({
      version: services.platform.appVersion,
      host: services.platform.host,
      dataDir: services.dataDir,
    }),
    notices: () => services.notices.list(),
    dismissNotice: ({ id }) => services.notices.dismiss(id),
  };
}
