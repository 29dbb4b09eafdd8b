import { useEffect, useRef } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { isAttackCategory, type IncidentFields, type IncidentInput } from '../../../../shared/incidents/schema';
import { describedBy, FormField } from '../../components/FormField';
import { PersonalDataFromRegister } from '../registers';
import { useFieldErrorText } from './field-errors';

const emptyToNull = (value: unknown) => (value === '' || value === null || value === undefined ? null : Number(value));
const flags = ['sensitive', 'financial', 'malicious', 'encrypted'] as const;

/** Choosing an attack as the kind of incident ticks "possibly malicious" (unless a reason says why not). */
function useMaliciousDefault(form: UseFormReturn<IncidentInput, unknown, IncidentFields>) {
  const category = form.watch('category') ?? 'other';
  const previous = useRef(category);
  useEffect(() => {
    if (previous.current === category) return;
    previous.current = category;
    if (isAttackCategory(category) && !form.getValues('personalData.notMaliciousReason')?.trim()) {
      form.setValue('personalData.malicious', true, { shouldDirty: true });
    }
  }, [category, form]);
  return isAttackCategory(category);
}

/** The answers the reporting helper decides from (domain.md §6.3). */
export function PersonalDataFields({ form }: { form: UseFormReturn<IncidentInput, unknown, IncidentFields> }) {
  const { t } = useTranslation('incidents');
  const fieldError = useFieldErrorText();
  const { register, watch, formState } = form;
  const involved = watch('personalData.involved');
  const peopleError = formState.errors.personalData?.people;
  const reasonError = formState.errors.personalData?.notMaliciousReason;
  const attack = useMaliciousDefault(form);
  const malicious = watch('personalData.malicious');
  return (
    <fieldset className="card form-section">
      <legend>{t('personalData.legend')}</legend>
      <label className="checkbox">
        <input type="checkbox" aria-describedby="incident-involved-help" {...register('personalData.involved')} />
        <span>{t('personalData.involved')}</span>
      </label>
      <p id="incident-involved-help" className="field-help">{t('personalData.involvedHelp')}</p>
      {involved && (
        <div className="nested">
          <PersonalDataFromRegister
            onUse={({ people, dataItems }) => {
              form.setValue('personalData.people', people, { shouldDirty: true, shouldValidate: true });
              if (dataItems) form.setValue('personalData.dataItems', dataItems, { shouldDirty: true });
            }}
          />
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
            <div key={flag}>
              <label className="checkbox">
                <input type="checkbox" {...register(`personalData.${flag}`)} />
                <span>{t(`personalData.${flag}`)}</span>
              </label>
              {flag === 'malicious' && attack && (
                <div className="nested">
                  <p className="field-help" data-testid="malicious-by-attack">{t('personalData.maliciousByAttack')}</p>
                  {!malicious && (
                    <FormField
                      id="incident-notMaliciousReason"
                      label={t('personalData.notMaliciousReason')}
                      help={t('personalData.notMaliciousReasonHelp')}
                      required
                      error={fieldError(reasonError)}
                    >
                      <input
                        id="incident-notMaliciousReason"
                        className="input"
                        aria-invalid={!!reasonError}
                        aria-required="true"
                        aria-describedby={describedBy('incident-notMaliciousReason', true, !!reasonError)}
                        {...register('personalData.notMaliciousReason')}
                      />
                    </FormField>
                  )}
                </div>
              )}
            </div>
          ))}
        </div>
      )}
    </fieldset>
  );
}
