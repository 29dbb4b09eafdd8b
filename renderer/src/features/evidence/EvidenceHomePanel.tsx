import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { localDay } from '../../../../shared/dates/local-day';
import { filterEvidence } from '../../../../shared/evidence/status';
import { evidenceFilterPath } from './claim-param';
import { useEvidence } from './use-evidence';

/** Home: evidence that has expired or expires within 30 days (what to replace before it is asked for). */
export function EvidenceHomePanel() {
  const { t } = useTranslation('evidence');
  const evidence = useEvidence();
  const all = evidence.data ?? [];
  const today = localDay();
  const expired = filterEvidence(all, 'expired', today);
  const soon = filterEvidence(all, 'expiringSoon', today);
  const listed = [...expired, ...soon].slice(0, 5);
  return (
    <section className="card" aria-labelledby="home-evidence-title" data-testid="home-evidence">
      <h2 id="home-evidence-title">{t('home.title')}</h2>
      {all.length === 0 && <p className="muted">{t('home.none')}</p>}
      {expired.length > 0 && <p className="alert alert-error">{t('home.expired', { count: expired.length })}</p>}
      {soon.length > 0 && <p>{t('home.expiringSoon', { count: soon.length })}</p>}
      {all.length > 0 && expired.length === 0 && soon.length === 0 && <p>{t('home.allCurrent', { count: all.length })}</p>}
      {listed.length > 0 && (
        <ul>
          {listed.map((e) => (
            <li key={e.id}>{e.title}</li>
          ))}
        </ul>
      )}
      <Link href={expired.length ? evidenceFilterPath('expired') : '~/evidence'} className="button button-secondary">{t('home.open')}</Link>
    </section>
  );
}
