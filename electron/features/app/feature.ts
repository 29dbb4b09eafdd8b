import type { BackEndFeature } from '../feature';
import { appHandlers } from './handlers';

export const appFeature: BackEndFeature<'app'> = { handlers: appHandlers };
