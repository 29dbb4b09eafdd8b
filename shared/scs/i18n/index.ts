import { scs as ja } from './ja';
import { scs as en } from './en';

/** The `scs` text namespace in every language the app speaks (registered in shared/i18n/resources.ts). */
export const scsText = { ja, en };
