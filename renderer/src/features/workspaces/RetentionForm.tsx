import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { snapshotRetentionSchema, type SnapshotRetention } from '../../../../shared/workspaces/transfer/snapshot-retention';
import { getApi } from '../../api/client';
import { useSettings } from '../../api/use-app-queries';
import { ErrorMessage } from '../../components/ErrorMessage';

/** How long automatic backups and deleted companies are kept. */
export function RetentionForm() {
  const { data: settings } = useSettings();
  return settings ? <RetentionFields initial={settings.snapshotRetention} /> : null;
}

function RetentionFields({ initial }: { initial: SnapshotRetention }) {
  const { t } = useTranslation('workspaces');
  const save = useMutation({ mutationFn: (value: SnapshotRetention) => getApi().settings.setSnapshotRetention(value) });
  const form = useForm<z.input<typeof snapshotRetentionSchema>, unknown, SnapshotRetention>({ resolver: zodResolver(snapshotRetentionSchema), defaultValues: initial });
  const errorOf = (name: keyof SnapshotRetention): string | undefined => form.formState.errors[name]?.message;
  return (
    <form className="ws-retention" noValidate onSubmit={form.handleSubmit((value) => save.mutate(value))}>
      <h3>{t('retentionTitle')}</h3>
      <p className="muted">{t('retentionLead')}</p>
      {(['keepDays', 'keepCount'] as const).map((name) => (
        <div key={name} className={`field${errorOf(name) ? ' field-invalid' : ''}`}>
          <label htmlFor={`retention-${name}`} className="field-label">{t(`retention.${name}`)}</label>
          <input id={`retention-${name}`} className="input input-short" type="number" inputMode="numeric"
            aria-invalid={!!errorOf(name)} aria-describedby={errorOf(name) ? `retention-${name}-error` : undefined}
            {...form.register(name, { valueAsNumber: true })} />
          {errorOf(name) && <p id={`retention-${name}-error`} className="field-error" role="alert">{t(`retention.${name}Range`)}</p>}
        </div>
      ))}
      <button type="submit" className="button button-secondary" disabled={save.isPending}>{t('retentionSave')}</button>
      {save.isSuccess && <p role="status" className="saved-hint">{t('retentionSaved')}</p>}
      <ErrorMessage error={save.error} />
    </form>
  );
}
