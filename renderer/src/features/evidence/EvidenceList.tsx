import { useTranslation } from 'react-i18next';
import type { EvidenceView } from '../../../../shared/evidence/contract';
import { expiryStatus, hashPrefix } from '../../../../shared/evidence/status';
import { getApi } from '../../api/client';
import { formatDate } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { useRemoveEvidence } from './use-evidence';
import { useClaimText } from './use-claim-text';

const statusBadge = { expired: 'badge-overdue', expiringSoon: 'badge-open', current: 'badge-done', noExpiry: 'badge-muted' } as const;

/** The evidence as cards: what it shows, its dates and state, its file's fingerprint and integrity. */
export function EvidenceList({ items, today }: { items: EvidenceView[]; today: string }) {
  const { t } = useTranslation('evidence');
  const language = useLanguage();
  const remove = useRemoveEvidence();
  const claimText = useClaimText();

  const onRemove = async (item: EvidenceView) => {
    // Says first what would be left without evidence, then asks.
    const losing = await getApi().evidence.removalImpact({ id: item.id });
    const question = [t('list.confirmRemove', { title: item.title }), ...(losing.length ? [t('list.confirmLoses', { claims: losing.map(claimText).join('、') })] : [])].join('\n');
    if (window.confirm(question)) remove.mutate(item.id);
  };

  return (
    <ul className="evidence-list" aria-label={t('title')}>
      {items.map((item) => {
        const status = expiryStatus(item, today);
        return (
          <li key={item.id} className="card evidence-item" data-testid="evidence-item">
            <div className="evidence-head">
              <h3>{item.title}</h3>
              <span className={`badge ${statusBadge[status]}`}>{t(`status.${status}`)}</span>
            </div>
            {item.proves && <p>{item.proves}</p>}
            <p className="muted">
              {t('list.appliesOn', { date: formatDate(item.appliesOn, language) })}
              {' · '}
              {item.reviewBy ? t('list.reviewBy', { date: formatDate(item.reviewBy, language) }) : t('list.noReview')}
              {item.providedBy && ` · ${item.providedBy}`}
            </p>
            {item.file && (
              <p className="muted">
                {item.file.originalName} · <span className="evidence-hash" title={item.file.sha256}>{t('list.hash', { hash: hashPrefix(item.file.sha256) })}</span>
              </p>
            )}
            {item.integrity && item.integrity !== 'intact' && <p className="alert alert-error" role="alert">{t(`integrity.${item.integrity}`)}</p>}
            {item.url && <p className="muted evidence-url">{item.url}</p>}
            {item.note && <p className="muted">{item.note}</p>}
            <p className="muted">{item.claims.length ? `${t('list.claims', { count: item.claims.length })}: ${item.claims.map(claimText).join('、')}` : t('list.claimsNone')}</p>
            <button type="button" className="button button-secondary" onClick={() => void onRemove(item)}>{t('list.remove')}</button>
          </li>
        );
      })}
    </ul>
  );
}
