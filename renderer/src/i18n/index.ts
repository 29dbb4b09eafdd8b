import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { z } from 'zod';
import { defaultNamespace, resources } from '../../../shared/i18n/resources';
import type { Language } from '../../../shared/settings/schema';
import { ourZodMessages } from './zod-messages';

/** Bundled resources, initialised synchronously: no loading flash, nothing fetched. */
export function initI18n(language: Language = 'ja') {
  void i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'ja',
    defaultNS: defaultNamespace,
    ns: Object.keys(resources.ja),
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
    react: { useSuspense: false },
  });
  applyLanguage(language);
  return i18next;
}

/** Switches the UI and the document language (screen readers, fonts); form messages follow. */
export function applyLanguage(language: Language): void {
  void i18next.changeLanguage(language);
  document.documentElement.lang = language;
  // Our own wording for every zod issue; no library locale is loaded at all.
  z.config({ customError: ourZodMessages, localeError: ourZodMessages });
}
