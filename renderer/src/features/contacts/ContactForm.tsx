import { zodResolver } from '@hookform/resolvers/zod';
import { Plus, X } from 'lucide-react';
import { useState } from 'react';
import { Controller, useFieldArray, useForm, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { checkPhone } from '../../../../shared/contacts/phone';
import { contactInputSchema, contactRoles, type ContactDraft, type ContactInput } from '../../../../shared/contacts/schema';
import { ErrorMessage } from '../../components/ErrorMessage';
import { describedBy, FieldErrorText, FormField } from '../../components/FormField';
import { FormDateField } from '../../components/date-field/FormDateField';
import { useSaveContact } from './use-contacts';

interface ContactFormProps {
  initial: ContactInput;
  onDone: () => void;
}

const schemaResolver = zodResolver(contactInputSchema);
/** Blank phone rows left at the end are dropped, not reported: the form offers one empty row. */
const resolver: Resolver<ContactInput, unknown, ContactDraft> = (values, context, options) => {
  const phones = [...(values.phones ?? [])];
  while (phones.length && !phones.at(-1)!.number?.trim() && !phones.at(-1)!.label?.trim()) phones.pop();
  return schemaResolver({ ...values, phones }, context, options);
};

/** One contact, validated by the same zod schema the back end re-checks. */
export function ContactForm({ initial, onDone }: ContactFormProps) {
  const { t } = useTranslation(['contacts', 'common']);
  const save = useSaveContact();
  const form = useForm<ContactInput, unknown, ContactDraft>({
    resolver,
    defaultValues: initial,
    mode: 'onTouched',
  });
  const { register, handleSubmit, formState, control } = form;
  const errors = formState.errors;
  const phones = useFieldArray({ control, name: 'phones' });
  // Numbers the user was warned about and chose to keep: saving goes ahead only for exactly these.
  const [unlikely, setUnlikely] = useState<string[]>([]);

  const submit = (acceptUnlikely: boolean) =>
    handleSubmit(async (values) => {
      const draft = values;
      const doubtful = draft.phones.map((p) => p.number).filter((n) => checkPhone(n) === 'unlikely');
      if (doubtful.length > 0 && !(acceptUnlikely && doubtful.join() === unlikely.join())) {
        setUnlikely(doubtful);
        return;
      }
      const saved = await save.mutateAsync(draft).catch(() => null);
      if (saved) onDone();
    });

  return (
    <form className="form contact-form" onSubmit={(e) => void submit(false)(e)} noValidate aria-label={t('form.editTitle')}>
      <fieldset className="card form-section">
        <div className="field-row">
          <FormField id="contact-role" label={t('form.role')}>
            <select id="contact-role" className="input" {...register('role')}>
              {contactRoles.map((key) => (
                <option key={key} value={key}>
                  {t(`roles.${key}`)}
                </option>
              ))}
            </select>
          </FormField>
          <FormField id="contact-organisation" label={t('form.organisation')} required error={errors.organisation}>
            <input
              id="contact-organisation"
              className="input"
              aria-required="true"
              aria-invalid={!!errors.organisation}
              aria-describedby={describedBy('contact-organisation', false, !!errors.organisation)}
              {...register('organisation')}
            />
          </FormField>
        </div>
        <FormField id="contact-person" label={t('form.person')} error={errors.person}>
          <input id="contact-person" className="input" {...register('person')} />
        </FormField>
      </fieldset>

      <fieldset className="card form-section">
        <legend>{t('form.phones')}</legend>
        <p className="field-help" id="contact-phones-help">
          {t('form.phoneHelp')}
        </p>
        {phones.fields.map((field, index) => {
          const numberError = errors.phones?.[index]?.number;
          const labelError = errors.phones?.[index]?.label;
          return (
            <div key={field.id} className="phone-row">
              <div className="field">
                <label className="field-label" htmlFor={`phone-${index}-label`}>
                  {t('form.phoneLabel')}
                </label>
                <input id={`phone-${index}-label`} className="input" placeholder={t('form.phoneLabelPlaceholder')} {...register(`phones.${index}.label`)} />
                {labelError && (
                  <p className="field-error" role="alert">
                    <FieldErrorText error={labelError} />
                  </p>
                )}
              </div>
              <div className={`field${numberError ? ' field-invalid' : ''}`}>
                <label className="field-label" htmlFor={`phone-${index}-number`}>
                  {t('form.phoneNumber')}
                </label>
                <input
                  id={`phone-${index}-number`}
                  className="input"
                  type="tel"
                  inputMode="tel"
                  autoComplete="off"
                  aria-invalid={!!numberError}
                  aria-describedby={numberError ? `phone-${index}-error` : 'contact-phones-help'}
                  {...register(`phones.${index}.number`)}
                />
                {numberError && (
                  <p id={`phone-${index}-error`} className="field-error" role="alert">
                    <FieldErrorText error={numberError} />
                  </p>
                )}
              </div>
              <button type="button" className="button button-secondary phone-remove" aria-label={`${t('form.removePhone')} (${index + 1})`} onClick={() => phones.remove(index)}>
                <X aria-hidden="true" size={16} />
              </button>
            </div>
          );
        })}
        {phones.fields.length < 10 && (
          <button type="button" className="button button-secondary" onClick={() => phones.append({ label: '', number: '' })}>
            <Plus aria-hidden="true" size={16} /> {t('form.addPhone')}
          </button>
        )}
      </fieldset>

      <fieldset className="card form-section">
        <div className="field-row">
          <FormField id="contact-email" label={t('form.email')} error={errors.email}>
            <input
              id="contact-email"
              className="input"
              type="email"
              autoComplete="off"
              aria-invalid={!!errors.email}
              aria-describedby={describedBy('contact-email', false, !!errors.email)}
              {...register('email')}
            />
          </FormField>
          <FormField id="contact-hours" label={t('form.hours')} error={errors.hours}>
            <input id="contact-hours" className="input" placeholder={t('form.hoursPlaceholder')} {...register('hours')} />
          </FormField>
        </div>
        <FormField id="contact-contract" label={t('form.contractNumber')} help={t('form.contractHelp')} error={errors.contractNumber}>
          <input id="contact-contract" className="input" aria-describedby={describedBy('contact-contract', true, !!errors.contractNumber)} {...register('contractNumber')} />
        </FormField>
        <FormField id="contact-notes" label={t('form.notes')} error={errors.notes}>
          <textarea id="contact-notes" className="input" rows={4} {...register('notes')} />
        </FormField>
      </fieldset>

      <fieldset className="card form-section">
        <Controller
          control={control}
          name="callOrder"
          render={({ field }) => (
            <label className="checkbox">
              <input
                type="checkbox"
                checked={field.value !== null && field.value !== undefined}
                onChange={(e) => field.onChange(e.target.checked ? (initial.callOrder ?? 999) : null)}
                aria-describedby="contact-on-card-help"
              />
              <span>{t('form.onCard')}</span>
            </label>
          )}
        />
        <p id="contact-on-card-help" className="field-help">
          {t('form.onCardHelp')}
        </p>
        <FormField id="contact-checked" label={t('form.lastCheckedAt')} help={t('form.lastCheckedHelp')} error={errors.lastCheckedAt}>
          <FormDateField
            control={control}
            name="lastCheckedAt"
            id="contact-checked"
            aria-invalid={!!errors.lastCheckedAt}
            aria-describedby={describedBy('contact-checked', true, !!errors.lastCheckedAt)}
          />
        </FormField>
      </fieldset>

      {unlikely.length > 0 && (
        <div className="alert alert-warning" role="alert">
          <div className="alert-body">
          <strong>{t('form.phoneWarningTitle')}</strong>
          <p>{t('form.phoneWarning', { numbers: unlikely.join('、') })}</p>
          <div className="form-actions">
            <button type="button" className="button button-primary" onClick={(e) => void submit(true)(e)}>
              {t('form.saveAnyway')}
            </button>
            <button type="button" className="button button-secondary" onClick={() => setUnlikely([])}>
              {t('form.fixFirst')}
            </button>
          </div>
          </div>
        </div>
      )}
      <ErrorMessage error={save.error} />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? t('common:actions.saving') : t('common:actions.save')}
        </button>
        <button type="button" className="button button-secondary" onClick={onDone}>
          {t('common:actions.cancel')}
        </button>
      </div>
    </form>
  );
}
