import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { actionStatuses, newActionSchema, type ActionItem, type NewAction } from '../../../../shared/actions/schema';
import { ErrorMessage } from '../../components/ErrorMessage';
import { describedBy, FormField } from '../../components/FormField';
import { FormDateField } from '../../components/date-field/FormDateField';
import { DraftNotice } from '../../components/form-draft/DraftNotice';
import { useFormDraft } from '../../components/form-draft/use-form-draft';
import { useSaveAction } from './use-actions';

type ActionValues = ReturnType<typeof newActionSchema.parse>;

interface ActionFormProps {
  /** An existing action to edit, or the prefilled start of a new one. */
  initial: ActionItem | NewAction;
  idPrefix: string;
  onDone: () => void;
}

/** Create or edit one action; validated here and again by the back end with the same schema. */
export function ActionForm({ initial, idPrefix, onDone }: ActionFormProps) {
  const { t } = useTranslation('selfCheck');
  const save = useSaveAction();
  const existing = 'id' in initial ? initial : null;
  const form = useForm<NewAction, unknown, ActionValues>({
    resolver: zodResolver(newActionSchema),
    defaultValues: { title: initial.title, owner: initial.owner ?? '', dueDate: initial.dueDate ?? '', status: initial.status ?? 'todo', note: initial.note ?? '', source: initial.source ?? { kind: 'manual' } },
  });
  // What was typed survives leaving the page; cancelling a changed form asks first.
  const draft = useFormDraft(`action-${idPrefix}`, form);
  const errors = form.formState.errors;
  const onSubmit = form.handleSubmit(async (values) => {
    const ok = await save.mutateAsync(existing ? { ...values, id: existing.id } : values).catch(() => null);
    if (ok) {
      form.reset(values);
      draft.clear();
      onDone();
    }
  });
  const cancel = () => {
    if (!draft.dirty) {
      draft.clear();
      onDone();
    } else if (draft.discard()) onDone();
  };
  const id = (name: string) => `${idPrefix}-${name}`;
  return (
    <form className="action-form" onSubmit={onSubmit} noValidate aria-label={existing ? t('actions.editTitle') : t('actions.newTitle')}>
      <DraftNotice draft={draft} />
      <FormField id={id('title')} label={t('actions.fields.title')} required error={errors.title}>
        <input id={id('title')} className="input" aria-required="true" aria-invalid={!!errors.title} aria-describedby={describedBy(id('title'), false, !!errors.title)} {...form.register('title')} />
      </FormField>
      <div className="field-row">
        <FormField id={id('owner')} label={t('actions.fields.owner')} error={errors.owner}>
          <input id={id('owner')} className="input" {...form.register('owner')} />
        </FormField>
        <FormField id={id('due')} label={t('actions.fields.dueDate')} error={errors.dueDate}>
          <FormDateField control={form.control} name="dueDate" id={id('due')} aria-invalid={!!errors.dueDate} aria-describedby={describedBy(id('due'), false, !!errors.dueDate)} />
        </FormField>
        <FormField id={id('status')} label={t('actions.fields.status')}>
          <select id={id('status')} className="input" {...form.register('status')}>
            {actionStatuses.map((s) => (
              <option key={s} value={s}>{t(`actions.status.${s}`)}</option>
            ))}
          </select>
        </FormField>
      </div>
      <FormField id={id('note')} label={t('actions.fields.note')} error={errors.note}>
        <textarea id={id('note')} className="input" rows={2} {...form.register('note')} />
      </FormField>
      <ErrorMessage error={save.error} />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={form.formState.isSubmitting}>{t('actions.save')}</button>
        <button type="button" className="button button-secondary" onClick={cancel}>{t('actions.cancel')}</button>
      </div>
    </form>
  );
}
