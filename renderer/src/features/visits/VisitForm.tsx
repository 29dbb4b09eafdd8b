import { Plus, X } from 'lucide-react';
import { useFieldArray, useForm, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { visitKinds, type Visit, type VisitValues } from '../../../../shared/visits/schema';
import { ErrorMessage } from '../../components/ErrorMessage';
import { describedBy, FormField } from '../../components/FormField';
import { FormDateField } from '../../components/date-field/FormDateField';
import { formValuesOf, visitResolver, type VisitFormValues } from './visit-form-values';
import { ServiceFigures } from './ServiceFigures';
import { useProgrammes, useSaveVisit } from './use-visits';

const asCount = (value: string) => (value === '' ? 0 : Number(value));

/** Records a visit or consultation, or corrects one; saved next steps become actions. */
export function VisitForm({ visit, today, onSaved }: { visit: Visit | null; today: string; onSaved: (saved: Visit, newActions: number) => void }) {
  const { t } = useTranslation('visits');
  const programmes = useProgrammes().data ?? [];
  const save = useSaveVisit();
  const form = useForm<VisitFormValues, unknown, VisitValues>({ resolver: visitResolver, defaultValues: formValuesOf(visit, today), mode: 'onTouched' });
  const { register, control, formState, watch, setValue, getValues } = form;
  const errors = formState.errors;
  const steps = useFieldArray({ control, name: 'nextSteps' });
  const kind = watch('kind');
  // FormDateField types its control without the resolver's output; the date fields are plain strings either way.
  const dateControl = control as unknown as Control<VisitFormValues>;

  const onProgramme = (value: string) => {
    const [programmeId, step] = value.split('#');
    const topics = programmes.find((p) => p.id === programmeId)?.steps[Number(step) - 1]?.topics ?? [];
    // A step's topics fill an empty box only: never over what the supporter typed.
    if (topics.length && !getValues('topicsText').trim()) setValue('topicsText', topics.join('\n'));
  };

  const onSubmit = form.handleSubmit(async (values) => {
    const saved = await save.mutateAsync({ id: visit?.id ?? null, visit: values }).catch(() => null);
    if (!saved) return;
    const before = new Set((visit?.nextSteps ?? []).map((s) => s.actionId));
    onSaved(saved, saved.nextSteps.filter((s) => s.actionId && !before.has(s.actionId)).length);
  });

  const nextError = errors.nextVisitOn?.message === 'next_before_visit' ? t('errors.next_before_visit') : undefined;
  return (
    <form className="card form visit-form" onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby="visit-form-title">
      <h2 id="visit-form-title">{visit ? t('form.editHeading') : t('form.newHeading')}</h2>
      <div className="field-row">
        <FormField id="visit-date" label={t('form.date')} required error={errors.date}>
          <FormDateField control={dateControl} name="date" id="visit-date" aria-required="true" />
        </FormField>
        <FormField id="visit-kind" label={t('form.kind')}>
          <select id="visit-kind" className="input" {...register('kind')}>
            {visitKinds.map((k) => <option key={k} value={k}>{t(`kinds.${k}`)}</option>)}
          </select>
        </FormField>
        <FormField id="visit-programme" label={t('form.programme')}>
          <select id="visit-programme" className="input" {...register('programmeStep', { onChange: (e) => onProgramme(String(e.target.value)) })}>
            <option value="">{t('form.programmeNone')}</option>
            {programmes.map((p) => (
              <optgroup key={p.id} label={p.name}>
                {p.steps.map((s, i) => <option key={i} value={`${p.id}#${i + 1}`}>{t('form.stepOption', { step: i + 1, title: s.title })}</option>)}
              </optgroup>
            ))}
          </select>
        </FormField>
      </div>
      <div className="field-row">
        <FormField id="visit-supporter" label={t('form.supporter')} error={errors.supporter}>
          <input id="visit-supporter" className="input" {...register('supporter')} />
        </FormField>
        <FormField id="visit-attendees" label={t('form.attendees')} error={errors.attendees}>
          <input id="visit-attendees" className="input" {...register('attendees')} />
        </FormField>
      </div>
      <FormField id="visit-topics" label={t('form.topics')} error={errors.topicsText as never}>
        <textarea id="visit-topics" className="input" rows={3} {...register('topicsText')} />
      </FormField>
      <FormField id="visit-findings" label={t('form.findings')} error={errors.findings}>
        <textarea id="visit-findings" className="input" rows={3} {...register('findings')} />
      </FormField>
      <FormField id="visit-advice" label={t('form.advice')} error={errors.advice}>
        <textarea id="visit-advice" className="input" rows={3} {...register('advice')} />
      </FormField>
      <fieldset className="form-section visit-steps">
        <legend>{t('form.nextSteps')}</legend>
        {steps.fields.map((field, index) => (
          <div key={field.id} className="visit-step-row">
            <FormField id={`step-${index}-title`} label={t('form.stepTitle')} error={errors.nextSteps?.[index]?.title}>
              <input id={`step-${index}-title`} className="input" readOnly={!!field.actionId} aria-invalid={!!errors.nextSteps?.[index]?.title} aria-describedby={describedBy(`step-${index}-title`, false, !!errors.nextSteps?.[index]?.title)} {...register(`nextSteps.${index}.title`)} />
            </FormField>
            <FormField id={`step-${index}-owner`} label={t('form.stepOwner')}>
              <input id={`step-${index}-owner`} className="input" readOnly={!!field.actionId} {...register(`nextSteps.${index}.owner`)} />
            </FormField>
            <FormField id={`step-${index}-due`} label={t('form.stepDue')} error={errors.nextSteps?.[index]?.dueDate}>
              <FormDateField control={dateControl} name={`nextSteps.${index}.dueDate`} id={`step-${index}-due`} />
            </FormField>
            {field.actionId ? (
              <span className="badge visit-step-done">{t('form.becameAction')}</span>
            ) : (
              <button type="button" className="button button-secondary visit-step-remove" onClick={() => steps.remove(index)} aria-label={t('form.removeStep')}>
                <X aria-hidden="true" size={16} />
              </button>
            )}
          </div>
        ))}
        <button type="button" className="button button-secondary" onClick={() => steps.append({ title: '', owner: '', dueDate: '', actionId: null })}>
          <Plus aria-hidden="true" size={16} /> {t('form.addStep')}
        </button>
      </fieldset>
      {kind === 'serviceReport' && <ServiceFigures register={register} />}
      <div className="field-row">
        <FormField id="visit-minutes" label={t('form.minutes')} error={errors.minutes}>
          <input id="visit-minutes" className="input" type="number" min={0} step={5} inputMode="numeric" {...register('minutes', { setValueAs: asCount })} />
        </FormField>
        <div className={`field${nextError ? ' field-invalid' : ''}`}>
          <label htmlFor="visit-next" className="field-label">{t('form.nextVisitOn')}</label>
          <FormDateField control={dateControl} name="nextVisitOn" id="visit-next" aria-invalid={!!nextError} aria-describedby={nextError ? 'visit-next-error' : undefined} />
          {nextError && <p id="visit-next-error" className="field-error" role="alert">{nextError}</p>}
        </div>
      </div>
      <ErrorMessage error={save.error} />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={formState.isSubmitting}>{t('form.save')}</button>
      </div>
    </form>
  );
}
