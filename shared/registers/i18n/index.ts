import { registers as ja } from './ja';
import { registers as en } from './en';

/** The `registers` text namespace in every language the app speaks (registered in shared/i18n/resources.ts). */
export const registersText = { ja, en };
