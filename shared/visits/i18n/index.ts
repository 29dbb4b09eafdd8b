import { visits as ja } from './ja';
import { visits as en } from './en';

/** The `visits` text namespace in every language the app speaks (registered in shared/i18n/resources.ts). */
export const visitsText = { ja, en };
