import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { localDay } from '../../../../shared/dates/local-day';
import { expertInputSchema } from '../../../../shared/scs/schema';
import { FormDateField } from '../../components/date-field/FormDateField';
import { ErrorMessage } from '../../components/ErrorMessage';
import { describedBy, FormField } from '../../components/FormField';
import { useConfirm } from './use-scs';

const expertFormSchema = z.object({ on: z.enum(['criterion', 'category']), expert: expertInputSchema });
type Input = z.input<typeof expertFormSchema>;
type Values = z.output<typeof expertFormSchema>;

/** The expert records a confirmation or advice for this criterion or its whole category. */
export function ExpertForm({ workbookId, criterionId, categoryId, categoryName }: { workbookId: string; criterionId: string; categoryId: string; categoryName: string }) {
  const { t } = useTranslation('scs');
  const confirm = useConfirm();
  const [saved, setSaved] = useState(false);
  const form = useForm<Input, unknown, Values>({
    resolver: zodResolver(expertFormSchema),
    defaultValues: { on: 'criterion', expert: { verdict: 'confirmed', note: '', expertName: '', organisation: '', date: localDay() } },
  });
  const errors = form.formState.errors.expert;
  const id = (name: string) => `scs-expert-${name}`;
  const onSubmit = form.handleSubmit(async ({ on, expert }) => {
    setSaved(false);
    const target = on === 'criterion' ? { kind: 'criterion' as const, id: criterionId } : { kind: 'category' as const, id: categoryId };
    if (await confirm.mutateAsync({ workbookId, target, expert }).catch(() => null)) setSaved(true);
  });
  return (
    <form className="scs-expert-form" onSubmit={onSubmit} noValidate aria-label={t('expert.record')}>
      <div className="field-row">
        <FormField id={id('on')} label={t('expert.target')}>
          <select id={id('on')} className="input" {...form.register('on')}>
            <option value="criterion">{t('expert.targetCriterion', { id: criterionId })}</option>
            <option value="category">{t('expert.targetCategory', { name: categoryName })}</option>
          </select>
        </FormField>
        <FormField id={id('verdict')} label={t('expert.verdict')}>
          <select id={id('verdict')} className="input" {...form.register('expert.verdict')}>
            <option value="confirmed">{t('expert.verdicts.confirmed')}</option>
            <option value="advice">{t('expert.verdicts.advice')}</option>
          </select>
        </FormField>
      </div>
      <FormField id={id('note')} label={t('expert.note')} error={errors?.note}>
        <textarea id={id('note')} className="input" rows={2} {...form.register('expert.note')} />
      </FormField>
      <div className="field-row">
        <FormField id={id('name')} label={t('expert.name')} required error={errors?.expertName}>
          <input id={id('name')} className="input" aria-required="true" aria-invalid={!!errors?.expertName} aria-describedby={describedBy(id('name'), false, !!errors?.expertName)} {...form.register('expert.expertName')} />
        </FormField>
        <FormField id={id('org')} label={t('expert.organisation')} required error={errors?.organisation}>
          <input id={id('org')} className="input" aria-required="true" aria-invalid={!!errors?.organisation} aria-describedby={describedBy(id('org'), false, !!errors?.organisation)} {...form.register('expert.organisation')} />
        </FormField>
        <FormField id={id('date')} label={t('expert.date')} required error={errors?.date}>
          <FormDateField control={form.control} name="expert.date" id={id('date')} aria-required="true" aria-invalid={!!errors?.date} aria-describedby={describedBy(id('date'), false, !!errors?.date)} />
        </FormField>
      </div>
      <ErrorMessage error={confirm.error} />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={form.formState.isSubmitting}>{t('expert.record')}</button>
        {saved && <span role="status" className="saved-hint">{t('expert.recorded')}</span>}
      </div>
    </form>
  );
}
