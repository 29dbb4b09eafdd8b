import { settings as ja } from './ja';
import { settings as en } from './en';

/** The `settings` text namespace in every language the app speaks (registered in shared/i18n/resources.ts). */
export const settingsText = { ja, en };
