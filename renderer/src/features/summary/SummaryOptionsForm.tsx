import { useTranslation } from 'react-i18next';
import {
  audiencePresets,
  summaryAudiences,
  summarySections,
  type SummaryAudience,
  type SummaryOptions,
  type SummarySection,
} from '../../../../shared/summary/options';
import { languages } from '../../../../shared/settings/schema';

interface Props {
  value: SummaryOptions;
  onChange: (next: SummaryOptions) => void;
}

/** Who the PDF is for, its language, its sections, and (for insurers) what private text to add. */
export function SummaryOptionsForm({ value, onChange }: Props) {
  const { t } = useTranslation(['summary', 'common']);
  // Choosing an audience applies its preset: the safe default for that reader.
  const setAudience = (audience: SummaryAudience) =>
    onChange({ ...value, audience, includeNotes: false, includeNames: false, sections: [...audiencePresets[audience]] });
  const toggleSection = (section: SummarySection, on: boolean) =>
    onChange({ ...value, sections: summarySections.filter((s) => (s === section ? on : value.sections.includes(s))) });
  const isInsurer = value.audience === 'insurer';

  return (
    <div className="summary-options">
      <fieldset className="card form-section">
        <legend>{t('audience.legend')}</legend>
        {summaryAudiences.map((audience) => (
          <label key={audience} className="summary-choice">
            <input type="radio" name="audience" value={audience} checked={value.audience === audience} onChange={() => setAudience(audience)} />
            <span>
              <strong>{t(`audience.${audience}`)}</strong>
              <span className="field-help">{t(`audience.${audience}Help`)}</span>
            </span>
          </label>
        ))}
      </fieldset>

      {isInsurer && (
        <fieldset className="card form-section">
          <legend>{t('privacyLegend')}</legend>
          <p className="field-help">{t('privacyHelp')}</p>
          <label className="checkbox">
            <input type="checkbox" checked={value.includeNotes} onChange={(e) => onChange({ ...value, includeNotes: e.target.checked })} />
            {t('includeNotes')}
          </label>
          <label className="checkbox">
            <input type="checkbox" checked={value.includeNames} onChange={(e) => onChange({ ...value, includeNames: e.target.checked })} />
            {t('includeNames')}
          </label>
        </fieldset>
      )}

      <fieldset className="card form-section">
        <legend>{t('language.legend')}</legend>
        <div className="segmented">
          {languages.map((language) => (
            <label key={language} className={`segment${value.language === language ? ' selected' : ''}`}>
              <input type="radio" name="pdf-language" value={language} checked={value.language === language} onChange={() => onChange({ ...value, language })} />
              {t(`language.${language}`)}
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset className="card form-section">
        <legend>{t('sectionsLegend')}</legend>
        {summarySections.map((section) => (
          <label key={section} className="checkbox">
            <input type="checkbox" checked={value.sections.includes(section)} onChange={(e) => toggleSection(section, e.target.checked)} />
            {t(`section.${section}`)}
          </label>
        ))}
      </fieldset>
    </div>
  );
}
