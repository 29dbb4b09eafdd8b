import { evidence as ja } from './ja';
import { evidence as en } from './en';

/** The `evidence` text namespace in every language the app speaks (registered in shared/i18n/resources.ts). */
export const evidenceText = { ja, en };
