import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { getApi } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { saveGeneratedFile } from '../../components/files/file-actions';

/**
 * The support file on the settings page: says what it holds (and that it holds no customer
 * data) before the owner saves it, then where it went. Saved like every export.
 */
export function SupportSection() {
  const { t } = useTranslation('support');
  const saver = useMutation({
    mutationFn: async () => saveGeneratedFile(await getApi().support.bundle()),
  });
  const saved = saver.data ?? null;
  return (
    <section className="settings-section card" aria-labelledby="settings-support" data-testid="support-section">
      <h2 id="settings-support">{t('title')}</h2>
      <p className="muted">{t('lead')}</p>
      <h3>{t('containsTitle')}</h3>
      <ul>
        <li>{t('containsVersions')}</li>
        <li>{t('containsStorage')}</li>
        <li>{t('containsLog')}</li>
      </ul>
      <p><strong>{t('noCustomerData')}</strong></p>
      <p className="muted">{t('readable')}</p>
      <p className="muted">{t('logFolder')}</p>
      <button type="button" className="button button-secondary" onClick={() => saver.mutate()} disabled={saver.isPending}>
        {t('button')}
      </button>
      {saved !== null && (
        <p role="status" className="saved-hint">
          {t('saved')} {saved === 'downloaded' ? t('downloaded') : t('savedTo', { path: saved })}
        </p>
      )}
      <ErrorMessage error={saver.error} />
    </section>
  );
}
