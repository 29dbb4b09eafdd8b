import { home as ja } from './ja';
import { home as en } from './en';

/** The `home` text namespace in every language the app speaks (registered in shared/i18n/resources.ts). */
export const homeText = { ja, en };
