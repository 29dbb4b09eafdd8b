import { selfCheck as ja } from './ja';
import { selfCheck as en } from './en';

/** The `selfCheck` text namespace in every language the app speaks (registered in shared/i18n/resources.ts). */
export const selfCheckText = { ja, en };
