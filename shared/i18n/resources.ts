import { common as jaCommon } from './ja/common';
import { errors as jaErrors } from './ja/errors';
import { home as jaHome } from './ja/home';
import { incidents as jaIncidents } from './ja/incidents';
import { notices as jaNotices } from './ja/notices';
import { profile as jaProfile } from './ja/profile';
import { settings as jaSettings } from './ja/settings';
import { common as enCommon } from './en/common';
import { errors as enErrors } from './en/errors';
import { home as enHome } from './en/home';
import { incidents as enIncidents } from './en/incidents';
import { notices as enNotices } from './en/notices';
import { profile as enProfile } from './en/profile';
import { settings as enSettings } from './en/settings';

/**
 * All UI text, one namespace per feature, Japanese first. Pure data: the renderer feeds it to
 * i18next and the back end uses it for PDFs, so both say the same thing.
 */
export const resources = {
  ja: { common: jaCommon, errors: jaErrors, home: jaHome, incidents: jaIncidents, notices: jaNotices, profile: jaProfile, settings: jaSettings },
  en: { common: enCommon, errors: enErrors, home: enHome, incidents: enIncidents, notices: enNotices, profile: enProfile, settings: enSettings },
} as const;

export const defaultNamespace = 'common';
export type Resources = (typeof resources)['ja'];
