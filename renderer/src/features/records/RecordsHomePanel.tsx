import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { dueThisMonth } from '../../../../shared/calendar/schedule';
import { obligationTitle } from '../../../../shared/calendar/text';
import { localDay } from '../../../../shared/dates/local-day';
import { formatDate } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { ObligationItem } from './ObligationItem';
import { useCalendar } from './use-records';
import './records.css';

/** How many rows home lists; the rest are counted, and the calendar page has them all. */
const shownOnHome = 8;

/** Home: what is overdue and what falls due before this month ends, each with the page to act on. */
export function RecordsHomePanel() {
  const { t } = useTranslation('records');
  const language = useLanguage();
  const today = localDay();
  const calendar = useCalendar(today);
  if (!calendar.data) return null;
  const { overdue, thisMonth } = dueThisMonth(calendar.data, today);
  const next = calendar.data.find((o) => o.due >= today);
  const listed = [...overdue, ...thisMonth];
  return (
    <section className="card home-this-month" aria-labelledby="home-this-month-title" data-testid="home-this-month">
      <h2 id="home-this-month-title">{t('home.title')}</h2>
      {overdue.length > 0 && <p className="alert alert-error">{t('home.overdue', { count: overdue.length })}</p>}
      {thisMonth.length > 0 && <p>{t('home.thisMonth', { count: thisMonth.length })}</p>}
      {listed.length === 0 && <p>{next ? t('home.clear', { what: obligationTitle(next, language), date: formatDate(next.due, language) }) : t('home.nothing')}</p>}
      {listed.length > 0 && (
        <ul className="obligation-list">
          {listed.slice(0, shownOnHome).map((item) => (
            <ObligationItem key={item.id} item={item} today={today} />
          ))}
        </ul>
      )}
      {listed.length > shownOnHome && <p className="muted" data-testid="home-this-month-more">{t('home.more', { count: listed.length - shownOnHome })}</p>}
      <Link href="~/records/calendar" className="button button-secondary">{t('home.open')}</Link>
    </section>
  );
}
