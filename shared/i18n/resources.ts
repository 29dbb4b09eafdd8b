import { common as jaCommon } from './ja/common';
import { contacts as jaContacts } from '../contacts/i18n/ja';
import { errors as jaErrors } from './ja/errors';
import { home as jaHome } from '../home/i18n/ja';
import { incidents as jaIncidents } from '../incidents/i18n/ja';
import { notices as jaNotices } from '../notices/i18n/ja';
import { profile as jaProfile } from '../profile/i18n/ja';
import { settings as jaSettings } from '../settings/i18n/ja';
import { workspaces as jaWorkspaces } from '../workspaces/i18n/ja';
import { selfCheck as jaSelfCheck } from '../self-check/i18n/ja';
import { summary as jaSummary } from '../summary/i18n/ja';
import { common as enCommon } from './en/common';
import { contacts as enContacts } from '../contacts/i18n/en';
import { errors as enErrors } from './en/errors';
import { home as enHome } from '../home/i18n/en';
import { incidents as enIncidents } from '../incidents/i18n/en';
import { notices as enNotices } from '../notices/i18n/en';
import { profile as enProfile } from '../profile/i18n/en';
import { settings as enSettings } from '../settings/i18n/en';
import { workspaces as enWorkspaces } from '../workspaces/i18n/en';
import { selfCheck as enSelfCheck } from '../self-check/i18n/en';
import { summary as enSummary } from '../summary/i18n/en';

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
  },
} as const;

export const defaultNamespace = 'common';
export type Resources = (typeof resources)['ja'];
