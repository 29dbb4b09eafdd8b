import { useTranslation } from 'react-i18next';
import { useAtRestStatus } from './use-workspaces';

/**
 * Tells the truth about protection of saved files: what the OS offers, whether it is only the
 * Linux plain-text fallback, and that encrypting the store files is not built yet.
 */
export function AtRestSection() {
  const { t } = useTranslation('workspaces');
  const { data: status } = useAtRestStatus();
  if (!status) return null;
  return (
    <section className="settings-section card ws-section" aria-labelledby="ws-at-rest">
      <h2 id="ws-at-rest">{t('atRestTitle')}</h2>
      {status.host === 'browser' ? (
        <p>{t('atRestBrowser')}</p>
      ) : (
        <>
          {status.plainTextFallback ? (
            <div className="alert alert-warning" role="note"><p>{t('atRestPlainText')}</p></div>
          ) : (
            <p>{status.available ? t('atRestAvailable', { backend: status.backend ?? t('osKeyStore') }) : t('atRestUnavailable')}</p>
          )}
          <p className="muted" data-testid="at-rest-not-built">{t('atRestNotBuilt')}</p>
        </>
      )}
    </section>
  );
}
