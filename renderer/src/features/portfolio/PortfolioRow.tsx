import { ArrowDown, ArrowUp, Minus } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { PortfolioRow as Row } from '../../../../shared/portfolio/row';
import { formatDate } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { useSwitchCompany } from '../workspaces';

function Trend({ change }: { change: number | null }) {
  const { t } = useTranslation('portfolio');
  if (change === null) return null;
  const [Icon, key] = change > 0 ? [ArrowUp, 'cells.up'] : change < 0 ? [ArrowDown, 'cells.down'] : [Minus, 'cells.same'];
  const label = t(key as 'cells.up', { change: Math.abs(change) });
  return <Icon size={16} className={`trend trend-${change > 0 ? 'up' : change < 0 ? 'down' : 'same'}`} aria-label={label} role="img"><title>{label}</title></Icon>;
}

/** One company: its name opens it in this window, then the home page. */
export function PortfolioRow({ row, index }: { row: Row; index: number }) {
  const { t } = useTranslation('portfolio');
  const language = useLanguage();
  const [, navigate] = useLocation();
  const open = useSwitchCompany();
  const days = (n: number | null) => (n === null ? t('cells.never') : t('cells.daysAgo', { days: n }));
  const clocks = row.runningClocks === 0
    ? t('cells.clocksNone')
    : row.overdueClocks > 0
      ? t('cells.clocksOverdue', { count: row.runningClocks, overdue: row.overdueClocks })
      : t('cells.clocksRunning', { count: row.runningClocks, days: row.nearestClockDays });
  return (
    <tr aria-rowindex={index} data-testid="portfolio-row" className={row.overdueActions > 0 || row.overdueClocks > 0 ? 'portfolio-attention' : undefined}>
      <th scope="row">
        <button type="button" className="link-button" aria-label={t('open', { name: row.name })} disabled={open.isPending}
          onClick={() => open.mutate(row.workspaceId, { onSuccess: () => navigate('~/') })}>
          {row.name}
        </button>
        {row.isDemo && <span className="badge badge-demo">{t('cells.sample')}</span>}
      </th>
      <td>
        {row.score === null ? <span className="muted">{t('cells.noScore')}</span> : (
          <span className={`band band-${row.band}`}>{row.score} <small>{t(`bands.${row.band!}`)}</small></span>
        )}{' '}
        <Trend change={row.scoreChange} />
      </td>
      <td>{days(row.daysSinceCheck)}</td>
      <td>{days(row.daysSinceVisit)}</td>
      <td className={row.overdueActions > 0 ? 'text-danger' : undefined}>{t('cells.actions', { overdue: row.overdueActions, open: row.openActions })}</td>
      <td className={row.overdueClocks > 0 ? 'text-danger' : undefined}>{clocks}</td>
      <td>{row.contactsNeedingCheck}</td>
      <td>{row.nextVisitOn ? formatDate(row.nextVisitOn, language) : t('cells.never')}</td>
    </tr>
  );
}
