import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Obligation } from '../../../../shared/calendar/obligations';
import { isRoutine, obligationHref, obligationStatus } from '../../../../shared/calendar/schedule';
import { obligationTitle } from '../../../../shared/calendar/text';
import { formatDate } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';

const badge = { overdue: 'badge-overdue', thisMonth: 'badge-open', later: 'badge-muted' } as const;

/** One obligation: its state, what it is, by when, when it was last done, and the page to act on. */
export function ObligationItem({ item, today }: { item: Obligation; today: string }) {
  const { t } = useTranslation('records');
  const language = useLanguage();
  const status = obligationStatus(item, today);
  return (
    <li className="obligation" data-testid="obligation" data-status={status}>
      <span className={`badge ${badge[status]}`}>{t(`calendar.status.${status}`)}</span>
      <span className="obligation-title">{obligationTitle(item, language)}</span>
      <span className="obligation-due">
        {t('calendar.due', { date: formatDate(item.due, language) })}
        {isRoutine(item) && <span className="muted"> {item.lastDone ? t('calendar.lastDone', { date: formatDate(item.lastDone, language) }) : t('calendar.never')}</span>}
      </span>
      <Link href={`~${obligationHref(item)}`} className="obligation-link" aria-label={`${t('calendar.act')}: ${obligationTitle(item, language)}`}>
        {t('calendar.act')}
      </Link>
    </li>
  );
}
