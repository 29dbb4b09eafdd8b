import type { BackEndFeature } from '../feature';
import { workspacesHandlers } from './handlers';

export const workspacesFeature: BackEndFeature<'workspaces'> = { handlers: workspacesHandlers };
