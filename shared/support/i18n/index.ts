import { support as ja } from './ja';
import { support as en } from './en';

/** The `support` text namespace in every language the app speaks (registered in shared/i18n/resources.ts). */
export const supportText = { ja, en };
