import { profile as ja } from './ja';
import { profile as en } from './en';

/** The `profile` text namespace in every language the app speaks (registered in shared/i18n/resources.ts). */
export const profileText = { ja, en };
