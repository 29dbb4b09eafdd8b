import { workspaces as ja } from './ja';
import { workspaces as en } from './en';

/** The `workspaces` text namespace in every language the app speaks (registered in shared/i18n/resources.ts). */
export const workspacesText = { ja, en };
