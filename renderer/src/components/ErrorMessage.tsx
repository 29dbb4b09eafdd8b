import { useTranslation } from 'react-i18next';
import { ApiCallError } from '../api/api-error';

/** Words any failed call for the user, in their language, from its language-neutral code. */
export function ErrorMessage({ error }: { error: unknown }) {
  const { t } = useTranslation('errors');
  if (!error) return null;
  const code = error instanceof ApiCallError ? error.code : 'internal';
  return (
    <div className="alert alert-error" role="alert">
      <strong>{t('title')}</strong>
      <p>{t(`code.${code}`)}</p>
    </div>
  );
}
