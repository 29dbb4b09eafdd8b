import { support as jaSupport } from '../support/i18n/ja';
import { support as enSupport } from '../support/i18n/en';
import { common as jaCommon } from './ja/common';
import { contacts as jaContacts } from './ja/contacts';
import { errors as jaErrors } from './ja/errors';
import { home as jaHome } from './ja/home';
import { incidents as jaIncidents } from './ja/incidents';
import { notices as jaNotices } from './ja/notices';
import { profile as jaProfile } from './ja/profile';
import { settings as jaSettings } from './ja/settings';
import { workspaces as jaWorkspaces } from './ja/workspaces';
import { selfCheck as jaSelfCheck } from './ja/self-check';
import { summary as jaSummary } from './ja/summary';
import { common as enCommon } from './en/common';
import { contacts as enContacts } from './en/contacts';
import { errors as enErrors } from './en/errors';
import { home as enHome } from './en/home';
import { incidents as enIncidents } from './en/incidents';
import { notices as enNotices } from './en/notices';
import { profile as enProfile } from './en/profile';
import { settings as enSettings } from './en/settings';
import { workspaces as enWorkspaces } from './en/workspaces';
import { selfCheck as enSelfCheck } from './en/self-check';
import { summary as enSummary } from './en/summary';

/**
 * All UI text, one namespace per feature, Japanese first. Pure data: the renderer feeds it to
 * i18next and the back end uses it for PDFs, so both say the same thing.
 */
export const resources = {
  ja: {
    common: jaCommon,
    errors: jaErrors,
    home: jaHome,
    incidents: jaIncidents,
    notices: jaNotices,
    profile: jaProfile,
    settings: jaSettings,
    workspaces: jaWorkspaces,
    contacts: jaContacts,
    selfCheck: jaSelfCheck,
    summary: jaSummary,
    support: jaSupport,
  },
  en: {
    common: enCommon,
    errors: enErrors,
    home: enHome,
    incidents: enIncidents,
    notices: enNotices,
    profile: enProfile,
    settings: enSettings,
    workspaces: enWorkspaces,
    contacts: enContacts,
    selfCheck: enSelfCheck,
    summary: enSummary,
    support: enSupport,
  },
} as const;

export const defaultNamespace = 'common';
export type Resources = (typeof resources)['ja'];
