import type { BackEndFeature } from '../feature';
import { filesHandlers } from './handlers';

export const filesFeature: BackEndFeature<'files'> = { handlers: filesHandlers };
