import { statistics as ja } from './ja';
import { statistics as en } from './en';

/** The `statistics` text namespace in every language the app speaks (registered in shared/i18n/resources.ts). */
export const statisticsText = { ja, en };
