import type { BackEndFeature } from '../feature';
import { statisticsHandlers } from './handlers';

/** Reads across companies through DuckDB; keeps no document of its own. */
export const statisticsFeature: BackEndFeature<'statistics'> = {
  handlers: statisticsHandlers,
};
