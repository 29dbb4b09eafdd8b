import type { BackEndFeature } from '../feature';
import { summaryHandlers } from './handlers';

export const summaryFeature: BackEndFeature<'summary'> = { handlers: summaryHandlers };
