import { summary as ja } from './ja';
import { summary as en } from './en';

/** The `summary` text namespace in every language the app speaks (registered in shared/i18n/resources.ts). */
export const summaryText = { ja, en };
