import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useState, type KeyboardEvent } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { scsValues, type Workbook } from '../../../../shared/scs/schema';
import type { Proposal } from '../../../../shared/scs/proposals';
import { FormDateField } from '../../components/date-field/FormDateField';
import { ErrorMessage } from '../../components/ErrorMessage';
import { describedBy, FieldErrorText, FormField } from '../../components/FormField';
import { answerFormDefaults, answerFormSchema, valueForKey, type AnswerFormInput, type AnswerFormValues } from './answer-form-model';
import { RegisterRefsField } from './RegisterRefsField';
import { useAnswer } from './use-scs';

interface Props {
  workbook: Workbook;
  criterionId: string;
  nextId: string | null;
  /** Set when the owner chose "put this proposal in the answer": fills the form, saves nothing. */
  proposal: Proposal | null;
}

/** One criterion's answer: ○/△/✖/対象外 (1–4 on the keyboard), reason, scope, how, planned date. */
export function AnswerForm({ workbook, criterionId, nextId, proposal }: Props) {
  const { t } = useTranslation('scs');
  const [, navigate] = useLocation();
  const answer = useAnswer();
  const [saved, setSaved] = useState(false);
  const form = useForm<AnswerFormInput, unknown, AnswerFormValues>({ resolver: zodResolver(answerFormSchema), defaultValues: answerFormDefaults(workbook.answers[criterionId]) });
  const errors = form.formState.errors.answer;
  const value = form.watch('answer.value');
  const id = (name: string) => `scs-answer-${name}`;

  useEffect(() => {
    if (!proposal) return;
    form.setValue('answer.value', proposal.value, { shouldDirty: true });
    form.setValue('answer.fromProposal', proposal.rule, { shouldDirty: true });
  }, [proposal, form]);

  const submit = (then: 'stay' | 'next') =>
    form.handleSubmit(async (values) => {
      setSaved(false);
      const done = await answer.mutateAsync({ workbookId: workbook.id, frameworkVersion: workbook.frameworkVersion, criterionId, ...values }).catch(() => null);
      if (!done) return;
      if (then === 'next' && nextId) navigate(`/c/${nextId}`);
      else setSaved(true);
    });

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    const target = event.target as HTMLElement;
    if (target.tagName === 'TEXTAREA' || (target.tagName === 'INPUT' && (target as HTMLInputElement).type !== 'radio')) return;
    const chosen = valueForKey(event.key);
    if (!chosen) return;
    event.preventDefault();
    form.setValue('answer.value', chosen, { shouldDirty: true, shouldValidate: true });
    document.getElementById(id(chosen))?.focus();
  };

  return (
    <form className="scs-answer" onSubmit={submit('next')} onKeyDown={onKeyDown} noValidate aria-label={t('form.answer')}>
      <fieldset className="scs-values" aria-describedby={errors?.value ? id('value-error') : undefined}>
        <legend>{t('form.answer')}</legend>
        {scsValues.map((v, i) => (
          <label key={v} className="scs-value">
            <input type="radio" id={id(v)} value={v} {...form.register('answer.value')} /> <kbd>{i + 1}</kbd> {t(`form.values.${v}`)}
          </label>
        ))}
        {errors?.value && <p id={id('value-error')} className="field-error" role="alert"><FieldErrorText error={errors.value} /></p>}
      </fieldset>
      {value === 'notApplicable' && (
        <FormField id={id('reason')} label={t('form.reason')} required error={errors?.reason}>
          <textarea id={id('reason')} className="input" rows={2} aria-required="true" aria-invalid={!!errors?.reason} aria-describedby={describedBy(id('reason'), false, !!errors?.reason)} {...form.register('answer.reason')} />
        </FormField>
      )}
      <FormField id={id('scope')} label={t('form.scope')} error={errors?.scope}>
        <input id={id('scope')} className="input" {...form.register('answer.scope')} />
      </FormField>
      <FormField id={id('how')} label={t('form.how')} error={errors?.how}>
        <textarea id={id('how')} className="input" rows={3} {...form.register('answer.how')} />
      </FormField>
      <RegisterRefsField control={form.control} />
      {(value === 'partly' || value === 'notDone') && (
        <FormField id={id('due')} label={t('form.actionDue')} help={t('form.actionHelp')} error={form.formState.errors.actionDue}>
          <FormDateField control={form.control} name="actionDue" id={id('due')} aria-describedby={describedBy(id('due'), true, !!form.formState.errors.actionDue)} />
        </FormField>
      )}
      {form.watch('answer.fromProposal') && <p className="scs-muted">{t('form.fromProposal')}</p>}
      <ErrorMessage error={answer.error} />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={form.formState.isSubmitting}>{t('form.saveNext')}</button>
        <button type="button" className="button button-secondary" onClick={submit('stay')} disabled={form.formState.isSubmitting}>{t('form.save')}</button>
        {saved && <span role="status" className="saved-hint">{t('form.saved', { id: criterionId })}</span>}
      </div>
    </form>
  );
}
