import type { Translations } from '../../i18n/types';
import type { support as ja } from './ja';

export const support: Translations<typeof ja> = {
  title: 'File for support staff',
  lead: 'If the app misbehaves, this is the file to give to whoever helps you. Save it here when they ask for it and send it to them.',
  containsTitle: 'What the file contains',
  containsVersions: 'The versions of the app and of your computer (Otasuke Desk, Windows, macOS and so on)',
  containsStorage: 'How your data is stored (whether saving works, how many backups there are, when a damaged file was repaired)',
  containsLog: 'A record of what the app did (when which screen’s action ran, how long it took, whether it worked)',
  noCustomerData: 'It holds no information about your customers or partners: no company names, no contact names or phone numbers, no incident details, no passphrases. Companies appear only by number (1st, 2nd …) and a meaningless identifier.',
  readable: 'You can open the file in Notepad or any text editor and check it before you send it.',
  logFolder: 'The record of what the app did is kept in the “logs” folder inside the data folder; the oldest part is removed automatically.',
  button: 'Save the support file',
  saved: 'The support file was saved.',
  savedTo: 'Saved to: {{path}}',
  downloaded: 'Saved to your downloads folder.',
};
