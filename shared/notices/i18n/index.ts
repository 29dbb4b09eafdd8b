import { notices as ja } from './ja';
import { notices as en } from './en';

/** The `notices` text namespace in every language the app speaks (registered in shared/i18n/resources.ts). */
export const noticesText = { ja, en };
