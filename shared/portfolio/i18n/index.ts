import { portfolio as ja } from './ja';
import { portfolio as en } from './en';

/** The `portfolio` text namespace in every language the app speaks (registered in shared/i18n/resources.ts). */
export const portfolioText = { ja, en };
