import type { ReactNode } from 'react';
import type { FieldError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

interface FormFieldProps {
  id: string;
  label: string;
  help?: string | undefined;
  required?: boolean;
  error?: FieldError | undefined;
  children: ReactNode;
}

/** A labelled field whose help and error are announced with it (aria-describedby). */
export function FormField({ id, label, help, required, error, children }: FormFieldProps) {
  const { t } = useTranslation();
  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <label htmlFor={id} className="field-label">
        {label}
        {required && <span className="badge badge-required">{t('required')}</span>}
      </label>
      {children}
      {help && (
        <p id={`${id}-help`} className="field-help">
          {help}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          <FieldErrorText error={error} />
        </p>
      )}
    </div>
  );
}

/** Our own keys (e.g. `required`) are translated; anything else is zod's localised message. */
export function FieldErrorText({ error }: { error: FieldError }) {
  const { t, i18n } = useTranslation('errors');
  const key = `field.${error.message ?? ''}`;
  if (error.message && i18n.exists(`errors:${key}`)) return <>{t(key as 'field.generic')}</>;
  return <>{error.message || t('field.generic')}</>;
}

/** aria-describedby for an input inside a FormField. */
export function describedBy(id: string, hasHelp: boolean, hasError: boolean): string | undefined {
  const ids = [hasHelp ? `${id}-help` : '', hasError ? `${id}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}
