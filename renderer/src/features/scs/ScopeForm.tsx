import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { longText } from '../../../../shared/schemas/common';
import type { Workbook } from '../../../../shared/scs/schema';
import { ErrorMessage } from '../../components/ErrorMessage';
import { describedBy, FormField } from '../../components/FormField';
import { useSetScope } from './use-scs';

const scopeSchema = z.object({ scope: longText });

/** What the assessment covers: printed on the package, and part of what an expert confirms. */
export function ScopeForm({ workbook }: { workbook: Workbook }) {
  const { t } = useTranslation('scs');
  const save = useSetScope();
  const [saved, setSaved] = useState(false);
  const form = useForm<z.input<typeof scopeSchema>>({ resolver: zodResolver(scopeSchema), defaultValues: { scope: workbook.scope } });
  const onSubmit = form.handleSubmit(async ({ scope }) => {
    setSaved(false);
    if (await save.mutateAsync({ workbookId: workbook.id, scope }).catch(() => null)) setSaved(true);
  });
  return (
    <form className="scs-scope" onSubmit={onSubmit} noValidate>
      <FormField id="scs-scope" label={t('scope.label')} help={t('scope.help')} error={form.formState.errors.scope}>
        <textarea id="scs-scope" className="input" rows={2} aria-describedby={describedBy('scs-scope', true, !!form.formState.errors.scope)} {...form.register('scope')} />
      </FormField>
      <ErrorMessage error={save.error} />
      <div className="form-actions">
        <button type="submit" className="button button-secondary" disabled={form.formState.isSubmitting}>{t('scope.save')}</button>
        {saved && <span role="status" className="saved-hint">{t('scope.saved')}</span>}
      </div>
    </form>
  );
}
