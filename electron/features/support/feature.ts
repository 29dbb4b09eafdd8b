import type { BackEndFeature } from '../feature';
import { supportHandlers } from './handlers';

export const supportFeature: BackEndFeature<'support'> = { handlers: supportHandlers };
