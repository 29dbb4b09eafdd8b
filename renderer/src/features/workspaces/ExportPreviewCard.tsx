import { useTranslation } from 'react-i18next';
import type { ExportPreview } from '../../../../shared/workspaces/transfer/export-format';
import { formatDate, formatDateTime } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { workspaces as ja } from '../../../../shared/workspaces/i18n/ja';

/** A document's own label, else its prefix's: `incidents-2026` counts as incidents. */
function kindLabel(t: (key: string, options?: object) => string, name: string): string {
  const kind = name in ja.kinds ? name : name.split('-')[0]!;
  return kind in ja.kinds && kind !== 'other' ? t(`kinds.${kind}`) : t('kinds.other', { name });
}

/** What an export file or snapshot holds, shown before anything is written. */
export function ExportPreviewCard({ preview, title }: { preview: ExportPreview; title: string }) {
  const { t } = useTranslation('workspaces');
  const language = useLanguage();
  const totals = new Map<string, number>();
  for (const [name, count] of Object.entries(preview.counts)) {
    const label = kindLabel(t as (key: string, options?: object) => string, name);
    totals.set(label, (totals.get(label) ?? 0) + count);
  }
  return (
    <section className="ws-preview" aria-label={title}>
      <h3>{title}</h3>
      <dl className="ws-facts">
        <dt>{t('previewCompany')}</dt>
        <dd data-testid="preview-company">{preview.company}</dd>
        <dt>{t('previewExportedAt')}</dt>
        <dd>{formatDateTime(preview.exportedAt, language)}</dd>
        <dt>{t('previewCreatedAt')}</dt>
        <dd>{formatDate(preview.createdAt, language)}</dd>
        <dt>{t('previewAppVersion')}</dt>
        <dd>{preview.appVersion}</dd>
        <dt>{t('previewEncrypted')}</dt>
        <dd>{preview.encrypted ? t('previewEncryptedYes') : t('previewEncryptedNo')}</dd>
        <dt>{t('previewContents')}</dt>
        <dd>
          <ul className="ws-counts">
            {[...totals].map(([kind, count]) => (
              <li key={kind}>{t('countItem', { kind, count })}</li>
            ))}
          </ul>
        </dd>
        <dt>{t('fingerprintLabel')}</dt>
        <dd className="ws-fingerprint" data-testid="preview-fingerprint">{preview.fingerprint}</dd>
      </dl>
    </section>
  );
}
