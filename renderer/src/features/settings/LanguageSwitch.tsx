import { useTranslation } from 'react-i18next';
import { languages } from '../../../../shared/settings/schema';
import { useSetLanguage } from '../../api/use-app-queries';
import { useLanguage } from '../../i18n/use-language';

/** A two-option radio group; the choice is saved so the next launch opens in it. */
export function LanguageSwitch({ compact = false, hideLegend = compact }: { compact?: boolean; hideLegend?: boolean }) {
  const { t } = useTranslation();
  const current = useLanguage();
  const setLanguage = useSetLanguage();
  return (
    <fieldset className={`segmented${compact ? ' segmented-compact' : ''}`}>
      <legend className={hideLegend ? 'visually-hidden' : 'field-label'}>{t('language.label')}</legend>
      {languages.map((language) => (
        <label key={language} className={`segment${current === language ? ' selected' : ''}`} lang={language}>
          <input
            type="radio"
            name="language"
            value={language}
            checked={current === language}
            onChange={() => setLanguage.mutate(language)}
          />
          {t(`language.${language}`)}
        </label>
      ))}
    </fieldset>
  );
}
