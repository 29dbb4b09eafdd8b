import { common as jaCommon } from './ja/common';
import { errors as jaErrors } from './ja/errors';
import { common as enCommon } from './en/common';
import { errors as enErrors } from './en/errors';
import { contactsText } from '../contacts/i18n';
import { homeText } from '../home/i18n';
import { incidentsText } from '../incidents/i18n';
import { noticesText } from '../notices/i18n';
import { profileText } from '../profile/i18n';
import { selfCheckText } from '../self-check/i18n';
import { settingsText } from '../settings/i18n';
import { summaryText } from '../summary/i18n';
import { workspacesText } from '../workspaces/i18n';
import { supportText } from '../support/i18n';
import { evidenceText } from '../evidence/i18n';
import { registersText } from '../registers/i18n';
import { recordsText } from '../records/i18n';
import { visitsText } from '../visits/i18n';
import { portfolioText } from '../portfolio/i18n';
import { statisticsText } from '../statistics/i18n';
import { scsText } from '../scs/i18n';

/**
 * All UI text: one namespace per feature, each in every language, Japanese first. A feature
 * keeps its text in `shared/<feature>/i18n/` and registers it with one line here. Pure data: the
 * renderer feeds it to i18next and the back end uses it for PDFs, so both say the same thing.
 */
const namespaces = {
  common: { ja: jaCommon, en: enCommon },
  errors: { ja: jaErrors, en: enErrors },
  home: homeText,
  incidents: incidentsText,
  notices: noticesText,
  profile: profileText,
  settings: settingsText,
  workspaces: workspacesText,
  contacts: contactsText,
  selfCheck: selfCheckText,
  summary: summaryText,
  support: supportText,
  evidence: evidenceText,
  registers: registersText,
  records: recordsText,
  visits: visitsText,
  portfolio: portfolioText,
  statistics: statisticsText,
  scs: scsText,
};

type Namespaces = typeof namespaces;
type InLanguage<L extends 'ja' | 'en'> = { [N in keyof Namespaces]: Namespaces[N][L] };

function inLanguage<L extends 'ja' | 'en'>(language: L): InLanguage<L> {
  const entries = Object.entries(namespaces).map(([name, text]) => [name, text[language]]);
  return Object.fromEntries(entries) as InLanguage<L>;
}

export const resources = { ja: inLanguage('ja'), en: inLanguage('en') };

export const defaultNamespace = 'common';
export type Resources = InLanguage<'ja'>;
