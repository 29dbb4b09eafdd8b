import type { Handlers } from '../../../shared/api/contract';
import { localDay } from '../../../shared/dates/local-day';
import type { Services } from '../../services/services';
import { portfolioRow } from './rows';
import { createSamplePortfolio } from './sample';

export function portfolioHandlers(services: Services): Handlers['portfolio'] {
  return {
    // Each company is read through its own stores; none is opened for the window (no `opened`).
    list: () => {
      const today = localDay(services.now());
      return services.workspaces.list().map((meta) => portfolioRow(meta, services.workspaces.get(meta.id), today));
    },
    createSample: () => ({ created: createSamplePortfolio(services).length }),
  };
}
