import { Fingerprint } from 'lucide-react';
import { useTranslation } from 'react-i18next';

/** The current data's fingerprint next to the preview's, so a reader can match printouts. */
export function FingerprintCard({ current, ofPreview }: { current: string | undefined; ofPreview: string | null }) {
  const { t } = useTranslation('summary');
  const stale = Boolean(current && ofPreview && current !== ofPreview);
  return (
    <section className="card summary-fingerprint" aria-labelledby="summary-fingerprint-title">
      <h2 id="summary-fingerprint-title">
        <Fingerprint aria-hidden="true" size={20} /> {t('fingerprint.title')}
      </h2>
      <p className="field-help">{t('fingerprint.help')}</p>
      <dl>
        <dt>{t('fingerprint.current')}</dt>
        <dd className="summary-code" data-testid="current-fingerprint">{current ?? '…'}</dd>
        {ofPreview && (
          <>
            <dt>{t('fingerprint.ofPreview')}</dt>
            <dd className="summary-code" data-testid="preview-fingerprint">{ofPreview}</dd>
          </>
        )}
      </dl>
      {stale && <p className="alert alert-warning" role="status">{t('fingerprint.stale')}</p>}
    </section>
  );
}
