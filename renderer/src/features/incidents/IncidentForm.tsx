import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, type FieldPath } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  detectionMethods,
  incidentCategories,
  incidentInputSchemaFor,
  incidentSeverities,
  incidentStatuses,
  type IncidentFields,
  type IncidentInput,
  withMaliciousDefault,
} from '../../../../shared/incidents/schema';
import { ApiCallError } from '../../api/api-error';
import { describedBy, FormField } from '../../components/FormField';
import { FormDateField } from '../../components/date-field/FormDateField';
import { ErrorMessage } from '../../components/ErrorMessage';
import { DiscardButton, DraftNotice } from '../../components/form-draft/DraftNotice';
import { useFormDraft } from '../../components/form-draft/use-form-draft';
import { issuesByPath, useFieldErrorText } from './field-errors';
import { PersonalDataFields } from './PersonalDataFields';
import { localDay } from '../../../../shared/dates/local-day';

interface IncidentFormProps {
  initial: IncidentFields;
  submitLabel: string;
  /** Saves and resolves to the saved fields, or throws the API error. */
  onSave: (values: IncidentFields) => Promise<unknown>;
  /** Names this form's draft within the company (kept while typing, put back on return). */
  draftName: string;
  /** Something outside the form also changed (e.g. the new form's checklist), so leaving asks too. */
  extraDirty?: boolean;
  onDiscarded?: () => void;
}

const longFields = ['description', 'affectedAssets', 'businessImpact', 'cause', 'recovery', 'prevention'] as const;

/** The incident's own fields; logs (timeline, costs…) are edited in their own sections. */
export function IncidentForm({ initial, submitLabel, onSave, draftName, extraDirty, onDiscarded }: IncidentFormProps) {
  const { t } = useTranslation(['incidents', 'common']);
  const fieldError = useFieldErrorText();
  const today = localDay();
  const form = useForm<IncidentInput, unknown, IncidentFields>({
    resolver: zodResolver(incidentInputSchemaFor(today)),
    // An attack shows "possibly malicious" ticked, as the reporting rules count it.
    defaultValues: withMaliciousDefault(initial),
    mode: 'onTouched',
  });
  const draft = useFormDraft(draftName, form, extraDirty);
  const { register, handleSubmit, formState, setError } = form;
  const errors = formState.errors;

  const onSubmit = handleSubmit(async (values) => {
    try {
      await onSave(values);
      form.reset(values);
      // After the reset, which may still report its values to the draft: saved, so no draft.
      draft.clear();
    } catch (error) {
      // The back end re-checks (its own clock, links); put its findings next to the fields.
      if (error instanceof ApiCallError) {
        for (const [path, code] of issuesByPath(error.issues)) setError(path as FieldPath<IncidentInput>, { type: 'server', message: code });
      }
      setError('root', { type: 'server', message: error instanceof ApiCallError ? error.code : 'internal' });
    }
  });

  const dateField = (name: 'occurredAt' | 'discoveredAt' | 'containedAt' | 'recoveredAt' | 'closedAt', help?: string) => (
    <FormField id={`incident-${name}`} label={t(`fields.${name}`)} help={help} required={name === 'discoveredAt'} error={fieldError(errors[name])}>
      <FormDateField
        control={form.control}
        name={name}
        id={`incident-${name}`}
        max={today}
        aria-invalid={!!errors[name]}
        aria-describedby={describedBy(`incident-${name}`, !!help, !!errors[name])}
      />
    </FormField>
  );

  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-label={t('sections.basics')}>
      <DraftNotice draft={draft} />
      {errors.root && (
        <div className="alert alert-error" role="alert">
          <p>{t('errors.summary')}</p>
        </div>
      )}
      <fieldset className="card form-section">
        <legend>{t('sections.basics')}</legend>
        <FormField id="incident-title" label={t('fields.title')} required error={fieldError(errors.title)}>
          <input
            id="incident-title"
            className="input"
            placeholder={t('fields.titlePlaceholder')}
            aria-invalid={!!errors.title}
            aria-required="true"
            aria-describedby={describedBy('incident-title', false, !!errors.title)}
            {...register('title')}
          />
        </FormField>
        <div className="field-row">
          <FormField id="incident-category" label={t('fields.category')}>
            <select id="incident-category" className="input" {...register('category')}>
              {incidentCategories.map((c) => <option key={c} value={c}>{t(`category.${c}`)}</option>)}
            </select>
          </FormField>
          <FormField id="incident-severity" label={t('fields.severity')}>
            <select id="incident-severity" className="input" {...register('severity')}>
              {incidentSeverities.map((s) => <option key={s} value={s}>{t(`severity.${s}`)}</option>)}
            </select>
          </FormField>
          <FormField id="incident-status" label={t('fields.status')}>
            <select id="incident-status" className="input" {...register('status')}>
              {incidentStatuses.map((s) => <option key={s} value={s}>{t(`status.${s}`)}</option>)}
            </select>
          </FormField>
        </div>
        <div className="field-row">
          <FormField id="incident-detection" label={t('fields.detection')}>
            <select id="incident-detection" className="input" {...register('detection')}>
              <option value="">{t('fields.choose')}</option>
              {detectionMethods.map((d) => <option key={d} value={d}>{t(`detection.${d}`)}</option>)}
            </select>
          </FormField>
          <FormField id="incident-reportedBy" label={t('fields.reportedBy')} error={fieldError(errors.reportedBy)}>
            <input id="incident-reportedBy" className="input" {...register('reportedBy')} />
          </FormField>
        </div>
      </fieldset>

      <fieldset className="card form-section">
        <legend>{t('sections.dates')}</legend>
        <div className="field-row">
          {dateField('discoveredAt', t('fields.discoveredHelp'))}
          {dateField('occurredAt', t('fields.occurredHelp'))}
        </div>
        <div className="field-row">
          {dateField('containedAt')}
          {dateField('recoveredAt')}
          {dateField('closedAt')}
        </div>
      </fieldset>

      <PersonalDataFields form={form} />

      <fieldset className="card form-section">
        <legend>{t('sections.details')}</legend>
        {longFields.map((name) => (
          <FormField key={name} id={`incident-${name}`} label={t(`fields.${name}`)} error={fieldError(errors[name])}>
            <textarea id={`incident-${name}`} className="input" rows={3} {...register(name)} />
          </FormField>
        ))}
      </fieldset>

      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={formState.isSubmitting}>
          {submitLabel}
        </button>
        <DiscardButton draft={draft} onDiscarded={onDiscarded} />
        {formState.isSubmitSuccessful && !errors.root && <p role="status" className="saved-hint">{t('actions.saved')}</p>}
      </div>
      {errors.root?.message && errors.root.message !== 'invalid_request' && <ErrorMessage error={new ApiCallError({ code: errors.root.message as 'internal' })} />}
    </form>
  );
}
