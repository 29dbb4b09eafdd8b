import type { Translations } from '../../i18n/types';
import type { settings as ja } from './ja';

export const settings: Translations<typeof ja> = {
  title: 'Settings',
  profileTitle: 'Company profile',
  profileLead: 'This appears on the consultation summary and the emergency card.',
  languageTitle: 'Language',
  languageLead: 'Switches the language of the screens. The summary’s language is chosen when you make it.',
  demoTitle: 'Sample company',
  demoLead: 'Creates the fictional “サンプル株式会社” with example entries so you can try things out. Your own company’s data stays as it is.',
  demoButton: 'Create and show the sample company',
  demoCreated: 'サンプル株式会社 was created and is now shown.',
  dataTitle: 'Where your data is kept',
  dataLead: 'Your data is saved on this computer in the folder below, together with its automatic backups.',
  version: 'Version {{version}}',
};
