import type { UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { IncidentFields, IncidentInput } from '../../../../shared/incidents/schema';
import { describedBy, FormField } from '../../components/FormField';
import { useFieldErrorText } from './field-errors';

const emptyToNull = (value: unknown) => (value === '' || value === null || value === undefined ? null : Number(value));
const flags = ['sensitive', 'financial', 'malicious', 'encrypted'] as const;

/** The answers the reporting helper decides from (domain.md §6.3). */
export function PersonalDataFields({ form }: { form: UseFormReturn<IncidentInput, unknown, IncidentFields> }) {
  const { t } = useTranslation('incidents');
  const fieldError = useFieldErrorText();
  const { register, watch, formState } = form;
  const involved = watch('personalData.involved');
  const peopleError = formState.errors.personalData?.people;
  return (
    <fieldset className="card form-section">
      <legend>{t('personalData.legend')}</legend>
      <label className="checkbox">
        <input type="checkbox" {...register('personalData.involved')} />
        <span>{t('personalData.involved')}</span>
      </label>
      {involved && (
        <div className="nested">
          <div className="field-row">
            <FormField id="incident-people" label={t('personalData.people')} help={t('personalData.peopleHelp')} error={fieldError(peopleError)}>
              <div className="input-with-unit">
                <input
                  id="incident-people"
                  className="input input-number"
                  type="number"
                  inputMode="numeric"
                  min={0}
                  step={1}
                  aria-invalid={!!peopleError}
                  aria-describedby={describedBy('incident-people', true, !!peopleError)}
                  {...register('personalData.people', { setValueAs: emptyToNull })}
                />
                <span>{t('personalData.peopleUnit')}</span>
              </div>
            </FormField>
            <FormField id="incident-dataItems" label={t('personalData.dataItems')}>
              <input id="incident-dataItems" className="input" {...register('personalData.dataItems')} />
            </FormField>
          </div>
          {flags.map((flag) => (
            <label key={flag} className="checkbox">
              <input type="checkbox" {...register(`personalData.${flag}`)} />
              <span>{t(`personalData.${flag}`)}</span>
            </label>
          ))}
        </div>
      )}
    </fieldset>
  );
}
