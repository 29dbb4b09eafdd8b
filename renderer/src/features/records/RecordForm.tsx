import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, type FieldError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { recordInputSchema, type RecordEntry, type RecordInput, type RecordKind, type RecordValues } from '../../../../shared/records/schema';
import { ErrorMessage } from '../../components/ErrorMessage';
import { describedBy, FormField } from '../../components/FormField';
import { FormDateField } from '../../components/date-field/FormDateField';
import { DraftNotice } from '../../components/form-draft/DraftNotice';
import { useFormDraft } from '../../components/form-draft/use-form-draft';
import { blankRecord, fieldLabelKey, recordFields, type RecordField } from './record-fields';
import { useAddRecord, useUpdateRecord } from './use-records';

/** The form's values of a stored record: its fields without id and times. */
function valuesOf(record: RecordEntry): RecordInput {
  const { id: _id, createdAt: _created, updatedAt: _updated, ...fields } = record;
  return fields;
}

interface Props {
  kind: RecordKind;
  today: string;
  /** A record to edit; absent for a new one. */
  existing?: RecordEntry;
  onSaved: (what: string) => void;
  /** Shown as a cancel button (editing): a changed form asks first, as the other forms do. */
  onCancel?: () => void;
}

/** Record (or correct) one training, restore test, drill or review; validated here and again by the back end. */
export function RecordForm({ kind, today, existing, onSaved, onCancel }: Props) {
  const { t } = useTranslation('records');
  const add = useAddRecord();
  const update = useUpdateRecord();
  const start = existing ? valuesOf(existing) : (blankRecord(kind, today) as unknown as RecordInput);
  const form = useForm<RecordInput, unknown, RecordValues>({ resolver: zodResolver(recordInputSchema), defaultValues: start });
  // What was typed survives leaving the page, as in the other forms.
  const draft = useFormDraft(existing ? `record-${existing.id}` : `record-new-${kind}`, form);
  const errors = form.formState.errors as Record<string, FieldError | undefined>;
  const id = (name: string) => `record-${existing?.id ?? kind}-${name}`;
  const failed = add.error ?? update.error;

  const onSubmit = form.handleSubmit(async (values) => {
    const saved = await (existing ? update.mutateAsync({ id: existing.id, entry: values }) : add.mutateAsync(values)).catch(() => null);
    if (!saved) return;
    draft.clear();
    form.reset(existing ? values : start);
    onSaved(t(`kinds.${kind}.what`));
  });

  const control = (field: RecordField) => {
    const error = errors[field.name];
    const props = {
      id: id(field.name),
      className: 'input',
      'aria-required': field.required ? true : undefined,
      'aria-invalid': !!error,
      'aria-describedby': describedBy(id(field.name), false, !!error),
      ...form.register(field.name as 'date'),
    };
    if (field.input === 'textarea') return <textarea rows={2} {...props} />;
    if (field.input === 'text') return <input {...props} />;
    const { values, labels } = field.options!;
    return (
      <select {...props}>
        {kind === 'restoreTest' && <option value="">{t('choose')}</option>}
        {values.map((v) => (
          <option key={v} value={v}>{t(`${labels}.${v}` as 'methods.group')}</option>
        ))}
      </select>
    );
  };

  return (
    <form className="record-form" onSubmit={onSubmit} noValidate aria-label={existing ? t('editOf', { what: t(`kinds.${kind}.what`) }) : t(`kinds.${kind}.heading`)}>
      <DraftNotice draft={draft} />
      <div className="field-row">
        <FormField id={id('date')} label={t('date')} required error={errors.date}>
          <FormDateField control={form.control} name="date" id={id('date')} max={today} aria-required="true" aria-invalid={!!errors.date} aria-describedby={describedBy(id('date'), false, !!errors.date)} />
        </FormField>
        {recordFields[kind]
          .filter((f) => f.input === 'select')
          .map((f) => (
            <FormField key={f.name} id={id(f.name)} label={t(fieldLabelKey(kind, f.name) as 'date')} required={f.required} error={errors[f.name]}>
              {control(f)}
            </FormField>
          ))}
      </div>
      {recordFields[kind]
        .filter((f) => f.input !== 'select')
        .map((f) => (
          <FormField key={f.name} id={id(f.name)} label={t(fieldLabelKey(kind, f.name) as 'date')} required={f.required} error={errors[f.name]}>
            {control(f)}
          </FormField>
        ))}
      <ErrorMessage error={failed} />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={form.formState.isSubmitting}>{existing ? t('saveEdit') : t('add')}</button>
        {onCancel && (
          <button
            type="button"
            className="button button-secondary"
            onClick={() => {
              if (!draft.dirty) draft.clear();
              if (!draft.dirty || draft.discard()) onCancel();
            }}
          >
            {t('cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
