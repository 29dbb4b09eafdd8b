import { records as ja } from './ja';
import { records as en } from './en';

/** The `records` text namespace in every language the app speaks (registered in shared/i18n/resources.ts). */
export const recordsText = { ja, en };
