import { contacts as ja } from './ja';
import { contacts as en } from './en';

/** The `contacts` text namespace in every language the app speaks (registered in shared/i18n/resources.ts). */
export const contactsText = { ja, en };
