import { incidents as ja } from './ja';
import { incidents as en } from './en';

/** The `incidents` text namespace in every language the app speaks (registered in shared/i18n/resources.ts). */
export const incidentsText = { ja, en };
