import { ArrowLeft } from 'lucide-react';
import { useState } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Programme } from '../../../../shared/visits/programmes';
import { ErrorMessage } from '../../components/ErrorMessage';
import { FormField } from '../../components/FormField';
import { PageHeader } from '../../components/PageHeader';
import { stepsToText, textToSteps } from './programme-text';
import { useProgrammes, useResetProgrammes, useSaveProgrammes } from './use-visits';

interface Values {
  programmes: { id: string; name: string; steps: string }[];
}

type Done = 'saved' | 'resetDone';

function ProgrammesForm({ programmes, onDone }: { programmes: Programme[]; onDone: (done: Done | null) => void }) {
  const { t } = useTranslation('visits');
  const save = useSaveProgrammes();
  const reset = useResetProgrammes();
  const onResetClick = async () => {
    if (!window.confirm(t('programmes.resetConfirm'))) return;
    onDone(null);
    if (await reset.mutateAsync().catch(() => null)) onDone('resetDone');
  };
  const form = useForm<Values>({ defaultValues: { programmes: programmes.map((p) => ({ id: p.id, name: p.name, steps: stepsToText(p) })) } });
  const list = useFieldArray({ control: form.control, name: 'programmes' });
  const onSubmit = form.handleSubmit(async (values) => {
    onDone(null);
    const edited = values.programmes.map((p) => ({ id: p.id, name: p.name.trim(), steps: textToSteps(p.steps) })).filter((p) => p.name && p.steps.length);
    if (await save.mutateAsync(edited).catch(() => null)) onDone('saved');
  });
  return (
    <form className="form" onSubmit={(e) => void onSubmit(e)} noValidate>
      {list.fields.map((field, i) => (
        <fieldset key={field.id} className="card form-section">
          <FormField id={`programme-${i}-name`} label={t('programmes.name')}>
            <input id={`programme-${i}-name`} className="input" {...form.register(`programmes.${i}.name`)} />
          </FormField>
          <FormField id={`programme-${i}-steps`} label={t('programmes.steps')} help={t('programmes.stepsHelp')}>
            <textarea id={`programme-${i}-steps`} className="input" rows={Math.max(3, field.steps.split('\n').length + 1)} aria-describedby={`programme-${i}-steps-help`} {...form.register(`programmes.${i}.steps`)} />
          </FormField>
        </fieldset>
      ))}
      <ErrorMessage error={save.error ?? reset.error} />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={form.formState.isSubmitting}>{t('programmes.save')}</button>
        <button type="button" className="button button-secondary" disabled={reset.isPending} onClick={() => void onResetClick()}>{t('programmes.reset')}</button>
      </div>
    </form>
  );
}

/** The programmes' steps and topics, in the supporter's own words (this company keeps its copy). */
export function VisitProgrammesPage() {
  const { t } = useTranslation('visits');
  const { data: programmes } = useProgrammes();
  // The form starts again whenever the programmes read change (after a save or a reset), so
  // what was done is said here, outside it.
  const [done, setDone] = useState<Done | null>(null);
  return (
    <div className="page visits-page">
      <PageHeader title={t('programmes.title')} lead={t('programmes.lead')} />
      <p><Link href="/" className="back-link"><ArrowLeft aria-hidden="true" size={16} /> {t('list.heading')}</Link></p>
      {done && <p className="alert alert-success" role="status">{t(`programmes.${done}`)}</p>}
      {programmes && (
        <ProgrammesForm
          key={JSON.stringify(programmes)}
          programmes={programmes}
          onDone={setDone}
        />
      )}
    </div>
  );
}
