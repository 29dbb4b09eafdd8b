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
import { useProgrammes, useSaveProgrammes } from './use-visits';

interface Values {
  programmes: { id: string; name: string; steps: string }[];
}

function ProgrammesForm({ programmes }: { programmes: Programme[] }) {
  const { t } = useTranslation('visits');
  const save = useSaveProgrammes();
  const [saved, setSaved] = useState(false);
  const form = useForm<Values>({ defaultValues: { programmes: programmes.map((p) => ({ id: p.id, name: p.name, steps: stepsToText(p) })) } });
  const list = useFieldArray({ control: form.control, name: 'programmes' });
  const onSubmit = form.handleSubmit(async (values) => {
    setSaved(false);
    const edited = values.programmes.map((p) => ({ id: p.id, name: p.name.trim(), steps: textToSteps(p.steps) })).filter((p) => p.name && p.steps.length);
    if (await save.mutateAsync(edited).catch(() => null)) setSaved(true);
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
      <ErrorMessage error={save.error} />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={form.formState.isSubmitting}>{t('programmes.save')}</button>
        {saved && <span role="status">{t('programmes.saved')}</span>}
      </div>
    </form>
  );
}

/** The programmes' steps and topics, in the supporter's own words (this company keeps its copy). */
export function VisitProgrammesPage() {
  const { t } = useTranslation('visits');
  const { data: programmes } = useProgrammes();
  return (
    <div className="page visits-page">
      <PageHeader title={t('programmes.title')} lead={t('programmes.lead')} />
      <p><Link href="/" className="back-link"><ArrowLeft aria-hidden="true" size={16} /> {t('list.heading')}</Link></p>
      {programmes && <ProgrammesForm programmes={programmes} />}
    </div>
  );
}
