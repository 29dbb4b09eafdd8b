import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, type FieldError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { recordInputSchema, type RecordInput, type RecordKind, type RecordValues } from '../../../../shared/records/schema';
import { ErrorMessage } from '../../components/ErrorMessage';
import { describedBy, FormField } from '../../components/FormField';
import { FormDateField } from '../../components/date-field/FormDateField';
import { DraftNotice } from '../../components/form-draft/DraftNotice';
import { useFormDraft } from '../../components/form-draft/use-form-draft';
import { blankRecord, fieldLabelKey, recordFields, type RecordField } from './record-fields';
import { useAddRecord } from './use-records';

/** Record one training, restore test, drill or review; validated here and again by the back end. */
export function RecordForm({ kind, today, onSaved }: { kind: RecordKind; today: string; onSaved: (what: string) => void }) {
  const { t } = useTranslation('records');
  const add = useAddRecord();
  const form = useForm<RecordInput, unknown, RecordValues>({ resolver: zodResolver(recordInputSchema), defaultValues: blankRecord(kind, today) as unknown as RecordInput });
  // What was typed survives leaving the page, as in the other forms.
  const draft = useFormDraft(`record-new-${kind}`, form);
  const errors = form.formState.errors as Record<string, FieldError | undefined>;
  const id = (name: string) => `record-${kind}-${name}`;

  const onSubmit = form.handleSubmit(async (values) => {
    const saved = await add.mutateAsync(values).catch(() => null);
    if (!saved) return;
    draft.clear();
    form.reset(blankRecord(kind, today) as unknown as RecordInput);
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
    <form className="record-form" onSubmit={onSubmit} noValidate aria-label={t(`kinds.${kind}.heading`)}>
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
      <ErrorMessage error={add.error} />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={form.formState.isSubmitting}>{t('add')}</button>
      </div>
    </form>
  );
}
