import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { z } from 'zod';
import { en as zodEn, ja as zodJa } from 'zod/locales';
import { defaultNamespace, resources } from '../../../shared/i18n/resources';
import type { Language } from '../../../shared/settings/schema';

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

/** Switches the UI, the document language (screen readers, fonts) and zod's form messages. */
export function applyLanguage(language: Language): void {
  void i18next.changeLanguage(language);
  document.documentElement.lang = language;
  z.config(language === 'ja' ? zodJa() : zodEn());
}
