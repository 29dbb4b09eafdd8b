import { ShieldAlert } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { ClockBadge } from './ClockBadge';
import { useIncidentOverview } from './use-incidents';
import './incidents.css';

/** Home: how many incidents are open, and every reporting clock still running. */
export function IncidentsHomePanel() {
  const { t } = useTranslation('incidents');
  const { data } = useIncidentOverview();
  if (!data) return null;
  return (
    <section className="card incidents-panel" aria-labelledby="incidents-panel-title" data-testid="incidents-panel">
      <h2 id="incidents-panel-title">
        <ShieldAlert aria-hidden="true" size={22} /> {t('panel.title')}
      </h2>
      <p>{data.openCount > 0 ? t('panel.open', { count: data.openCount }) : t('panel.noneOpen')}</p>
      {data.attention.length > 0 && (
        <ul className="panel-list">
          {data.attention.map((row) => (
            <li key={row.id}>
              <Link href={`/incidents/${row.id}`}>{row.title}</Link>
              {row.nextClock ? <ClockBadge clock={row.nextClock} /> : <span className={`badge status-${row.status}`}>{t(`status.${row.status}`)}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
