import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { addMonths } from '../../../../shared/calendar/days';
import { isoDate } from '../../../../shared/schemas/common';
import type { WorkbookView } from '../../../../shared/scs/contract';
import { getApi } from '../../api/client';
import { FormDateField } from '../../components/date-field/FormDateField';
import { ErrorMessage } from '../../components/ErrorMessage';
import { describedBy, FormField } from '../../components/FormField';
import { useStartWorkbook } from './use-scs';

const pledgeSchema = z.object({ pledgedOn: isoDate });

/** The day the pledge was signed (★3's year counts from it), the next year's start, and what changed. */
export function RenewalPanel({ view, today }: { view: WorkbookView; today: string }) {
  const { t } = useTranslation('scs');
  const { workbook, previous } = view;
  const save = useMutation({ mutationFn: (pledgedOn: string) => getApi().scs.setPledged({ workbookId: workbook.id, pledgedOn }) });
  const start = useStartWorkbook();
  const [saved, setSaved] = useState(false);
  const form = useForm<z.input<typeof pledgeSchema>>({ resolver: zodResolver(pledgeSchema), defaultValues: { pledgedOn: workbook.pledgedOn ?? '' } });
  const error = form.formState.errors.pledgedOn;
  const onSubmit = form.handleSubmit(async ({ pledgedOn }) => {
    setSaved(false);
    if (await save.mutateAsync(pledgedOn).catch(() => null)) setSaved(true);
  });
  const changed = previous ? Object.entries(workbook.answers).filter(([id, a]) => previous.answers[id] !== undefined && previous.answers[id] !== a.value).length : 0;
  return (
    <section className="card scs-renewal" aria-labelledby="scs-renewal-heading">
      <h2 id="scs-renewal-heading">{t('renewal.heading')}</h2>
      <p className="scs-muted">{t('renewal.lead')}</p>
      <form onSubmit={onSubmit} noValidate className="field-row">
        <FormField id="scs-pledged-on" label={t('renewal.pledgedOn')} error={error}>
          <FormDateField control={form.control} name="pledgedOn" id="scs-pledged-on" max={today} aria-invalid={!!error} aria-describedby={describedBy('scs-pledged-on', false, !!error)} />
        </FormField>
        <div className="form-actions">
          <button type="submit" className="button button-secondary">{t('renewal.save')}</button>
          {saved && <span role="status" className="saved-hint">{t('renewal.saved')}</span>}
        </div>
      </form>
      <ErrorMessage error={save.error ?? start.error} />
      {workbook.pledgedOn && <p>{t('renewal.expires', { date: addMonths(workbook.pledgedOn, 12) })}</p>}
      {previous && <p>{t('renewal.changed', { year: previous.year, count: changed })}</p>}
      {workbook.pledgedOn && (
        <button type="button" className="button button-secondary" onClick={() => start.mutate(workbook.year + 1)} disabled={start.isPending}>
          {t('renewal.nextYear', { year: workbook.year + 1 })}
        </button>
      )}
    </section>
  );
}
