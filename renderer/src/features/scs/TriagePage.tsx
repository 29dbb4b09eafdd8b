import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { likelyStar, triageInputSchema, triageQuestions, type Triage, type TriageInput } from '../../../../shared/scs/triage';
import { getApi } from '../../api/client';
import { apiQuery } from '../../api/query-client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { describedBy, FormField } from '../../components/FormField';
import { PageHeader } from '../../components/PageHeader';

const blank: TriageInput = { customer: '', confidentialOnOurIt: false, outageDelaysCustomer: false, reachesCustomerSystems: false, note: '' };

/** "Which star": three questions per customer, the likely answer, and every earlier record. */
export function TriagePage() {
  const { t } = useTranslation('scs');
  const triages = useQuery(apiQuery('scs', 'triages', {}));
  const add = useMutation({ mutationFn: (input: TriageInput) => getApi().scs.addTriage(input) });
  const [saved, setSaved] = useState<Triage | null>(null);
  const form = useForm<TriageInput>({ resolver: zodResolver(triageInputSchema), defaultValues: blank });
  const errors = form.formState.errors;
  const onSubmit = form.handleSubmit(async (values) => {
    const triage = await add.mutateAsync(values).catch(() => null);
    if (!triage) return;
    setSaved(triage);
    form.reset(blank);
  });
  const result = (t0: Triage) => t(`triage.result.${likelyStar(t0)}`);
  return (
    <div className="page scs-page">
      <p><Link href="/">← {t('title')}</Link></p>
      <PageHeader title={t('triage.title')} lead={t('triage.lead')} />
      <form className="card scs-triage" onSubmit={onSubmit} noValidate aria-label={t('triage.title')}>
        <FormField id="scs-triage-customer" label={t('triage.customer')} required error={errors.customer}>
          <input id="scs-triage-customer" className="input" aria-required="true" aria-invalid={!!errors.customer} aria-describedby={describedBy('scs-triage-customer', false, !!errors.customer)} {...form.register('customer')} />
        </FormField>
        <fieldset className="scs-triage-questions">
          <legend>{t('triage.questionsLegend')}</legend>
          {triageQuestions.map((q) => (
            <label key={q} className="scs-check">
              <input type="checkbox" {...form.register(q)} /> {t(`triage.questions.${q}`)}
            </label>
          ))}
        </fieldset>
        <FormField id="scs-triage-note" label={t('triage.note')} error={errors.note}>
          <textarea id="scs-triage-note" className="input" rows={2} {...form.register('note')} />
        </FormField>
        <ErrorMessage error={add.error} />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={form.formState.isSubmitting}>{t('triage.save')}</button>
          {saved && <strong role="status">{t('triage.saved', { customer: saved.customer, result: result(saved) })}</strong>}
        </div>
      </form>
      <section aria-labelledby="scs-triage-history">
        <h2 id="scs-triage-history">{t('triage.history')}</h2>
        {(triages.data ?? []).length === 0 ? (
          <p>{t('triage.none')}</p>
        ) : (
          <ul>{[...(triages.data ?? [])].reverse().map((x) => <li key={x.id}>{t('triage.row', { date: x.recordedAt.slice(0, 10), customer: x.customer, result: result(x) })}</li>)}</ul>
        )}
      </section>
    </div>
  );
}
