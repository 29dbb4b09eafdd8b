import { useTranslation } from 'react-i18next';

/**
 * Says plainly what is encrypted and what is not. The app does not encrypt its data folder (in
 * either host); only exported files can carry a passphrase. The OS login and disk encryption are
 * what protect the folder, so the section says to use them.
 */
export function AtRestSection() {
  const { t } = useTranslation('workspaces');
  return (
    <section className="settings-section card ws-section" aria-labelledby="ws-at-rest" data-testid="at-rest">
      <h2 id="ws-at-rest">{t('atRestTitle')}</h2>
      <ul>
        <li>{t('atRestNotEncrypted')}</li>
        <li>{t('atRestSavedFilesNotEncrypted')}</li>
        <li>{t('atRestExportEncrypted')}</li>
      </ul>
      <p>{t('atRestAdvice')}</p>
    </section>
  );
}
