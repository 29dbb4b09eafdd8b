import { command, query } from '../api/endpoint';
import { noInput } from '../schemas/common';
import type { PortfolioRow } from './row';

/** The supporter's view across every company on this machine (app-scoped: about no one company). */
export const portfolioContract = {
  /** One row per company, each company opened read-only for this query. */
  list: query<PortfolioRow[]>()(noInput, { reads: ['*'], scope: 'app' }),
  /** Creates about thirty sample companies with visits, self-checks and incidents to explore. */
  createSample: command<{ created: number }>()(noInput, { scope: 'app' }),
};
