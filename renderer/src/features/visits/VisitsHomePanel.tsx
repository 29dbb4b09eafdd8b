import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { localDay } from '../../../../shared/dates/local-day';
import { latestVisit, plannedNextVisit } from '../../../../shared/visits/changes';
import { formatDate } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { useVisits } from './use-visits';

/** Home: the last visit or consultation and the next one planned. */
export function VisitsHomePanel() {
  const { t } = useTranslation('visits');
  const language = useLanguage();
  const visits = useVisits().data ?? [];
  const today = localDay();
  const last = latestVisit(visits, today);
  const next = plannedNextVisit(visits, today);
  return (
    <section className="card" aria-labelledby="home-visits-title" data-testid="home-visits">
      <h2 id="home-visits-title">{t('home.title')}</h2>
      {last ? (
        <>
          <p>{t('home.last', { date: formatDate(last.date, language), kind: t(`kinds.${last.kind}`) })}</p>
          {next && <p>{t('home.next', { date: formatDate(next, language) })}</p>}
        </>
      ) : (
        <p className="muted">{t('home.none')}</p>
      )}
      <div className="form-actions">
        <Link href="~/visits" className="button button-secondary">{t('home.open')}</Link>
        {last && <Link href="~/visits/prepare" className="button button-secondary">{t('home.prepare')}</Link>}
      </div>
    </section>
  );
}
