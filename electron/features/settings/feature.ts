import type { BackEndFeature } from '../feature';
import { settingsHandlers } from './handlers';

export const settingsFeature: BackEndFeature<'settings'> = { handlers: settingsHandlers };
