import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, type FieldError, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { localDay } from '../../../../shared/dates/local-day';
import { blankValue, registerFields, titleField, type RegisterKind } from '../../../../shared/registers/fields';
import { entryInputSchema, type EntryValues, type RegisterEntry, type Registers } from '../../../../shared/registers/schema';
import { ErrorMessage } from '../../components/ErrorMessage';
import { FieldErrorText } from '../../components/FormField';
import { FieldInput } from './FieldInput';
import { useRemoveEntry, useSaveEntry } from './use-registers';

/** Our words for what zod found: a future check date, an empty required field, too long. */
/**
 * The register's own checks (a check date not yet come, a row that is not there) in its words;
 * every other problem is already one of our sentences (the app's zod error map names the limit
 * or the fix, e.g. a date February does not have).
 */
function ownCode(error: FieldError): 'future_date' | 'unknown_reference' | null {
  return error.message === 'future_date' || error.message === 'unknown_reference' ? error.message : null;
}

interface RegisterFormProps {
  kind: RegisterKind;
  entry: RegisterEntry | null;
  registers: Registers | undefined;
  onDone: (message: string | null) => void;
}

/** Add or edit one row; every field of the register, checked by the same schema as the back end. */
export function RegisterForm({ kind, entry, registers, onDone }: RegisterFormProps) {
  const { t } = useTranslation('registers');
  const { t: common } = useTranslation();
  const fields = registerFields[kind];
  const labels = t(`fields.${kind}`, { returnObjects: true }) as Record<string, string>;
  const save = useSaveEntry(kind);
  const remove = useRemoveEntry(kind);
  const defaults = entry ? (({ updatedAt: _, ...rest }) => rest)(entry) : Object.fromEntries(fields.map((f) => [f.key, blankValue(f)]));
  const form = useForm<EntryValues, unknown, EntryValues>({ resolver: zodResolver(entryInputSchema(kind, localDay())) as unknown as Resolver<EntryValues, unknown, EntryValues>, defaultValues: defaults });
  const errors = form.formState.errors;
  const name = entry ? String(entry[titleField[kind]]) : '';

  const onSubmit = form.handleSubmit(async (values) => {
    const saved = await save.mutateAsync(values).catch(() => null);
    if (saved) onDone(t('form.saved', { name: String(saved[titleField[kind]]) }));
  });
  const onRemove = async () => {
    if (!entry || !window.confirm(t('form.confirmRemove', { name }))) return;
    const done = await remove.mutateAsync(entry.id).then(() => true).catch(() => false);
    if (done) onDone(t('form.removed', { name }));
  };

  return (
    <form className="card register-form" onSubmit={onSubmit} noValidate aria-labelledby="register-form-title">
      <h2 id="register-form-title">{entry ? t('form.editHeading', { name }) : t('form.addHeading', { kind: t(`kinds.${kind}`) })}</h2>
      <div className="register-form-grid">
        {fields.map((field) => {
          const id = `register-${field.key}`;
          const error = errors[field.key] as FieldError | undefined;
          const required = field.kind === 'text' && field.required;
          return (
            <div key={field.key} className={`field${error ? ' field-invalid' : ''}${field.kind === 'long' ? ' register-wide' : ''}${field.kind === 'bool' ? ' register-check' : ''}`}>
              <label htmlFor={id} className="field-label">
                {labels[field.key]}
                {required && <span className="badge badge-required">{common('required')}</span>}
              </label>
              <FieldInput id={id} field={field} register={form.register} control={form.control} registers={registers} invalid={!!error} describedBy={error ? `${id}-error` : undefined} />
              {error && <p id={`${id}-error`} className="field-error" role="alert">{ownCode(error) ? t(`fieldErrors.${ownCode(error)}` as 'fieldErrors.invalid') : <FieldErrorText error={error} />}</p>}
            </div>
          );
        })}
      </div>
      <ErrorMessage error={save.error ?? remove.error} />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={form.formState.isSubmitting}>{t('form.save')}</button>
        <button type="button" className="button button-secondary" onClick={() => onDone(null)}>{t('form.cancel')}</button>
        {entry && <button type="button" className="button button-danger" onClick={() => void onRemove()}>{t('form.remove')}</button>}
      </div>
    </form>
  );
}
