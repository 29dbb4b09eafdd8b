import type { BackEndFeature } from '../feature';
import { portfolioHandlers } from './handlers';

/** Reads across companies; keeps no document of its own. */
export const portfolioFeature: BackEndFeature<'portfolio'> = {
  handlers: portfolioHandlers,
};
