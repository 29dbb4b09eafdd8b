import { Download } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { byMonth } from '../../../../shared/calendar/schedule';
import { localDay } from '../../../../shared/dates/local-day';
import { localeOf } from '../../../../shared/i18n/locales';
import { getApi } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { PageHeader } from '../../components/PageHeader';
import { saveGeneratedFile } from '../../components/files/file-actions';
import { useLanguage } from '../../i18n/use-language';
import { ObligationItem } from './ObligationItem';
import { useCalendar } from './use-records';

/** 予定表: what is overdue, then each of the next 12 months, and the .ics export. */
export function CalendarPage() {
  const { t } = useTranslation('records');
  const language = useLanguage();
  const today = localDay();
  const calendar = useCalendar(today);
  const [state, setState] = useState<{ busy: boolean; done: boolean; error: unknown }>({ busy: false, done: false, error: null });
  const groups = byMonth(calendar.data ?? [], today);
  const monthName = (month: string) => new Intl.DateTimeFormat(localeOf[language], { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`));

  const exportIcs = async () => {
    setState({ busy: true, done: false, error: null });
    try {
      const saved = await saveGeneratedFile(await getApi().records.exportIcs({ today, language }));
      setState({ busy: false, done: saved !== null, error: null });
    } catch (error) {
      setState({ busy: false, done: false, error });
    }
  };

  return (
    <div className="page calendar-page">
      <PageHeader title={t('calendar.title')} lead={t('calendar.lead')} actions={<Link href="/" className="button button-secondary">{t('recordsLink')}</Link>} />
      <section className="card calendar-export" aria-labelledby="calendar-export-title">
        <h2 id="calendar-export-title" className="visually-hidden">{t('calendar.export')}</h2>
        <button type="button" className="button button-secondary" disabled={state.busy} onClick={() => void exportIcs()}>
          <Download aria-hidden="true" size={18} /> {t('calendar.export')}
        </button>
        <p className="muted">{t('calendar.exportHelp')}</p>
        {state.done && <p role="status" className="saved-hint">{t('calendar.exported')}</p>}
        <ErrorMessage error={state.error} />
      </section>
      {calendar.isSuccess && groups.length === 0 && <p className="muted">{t('calendar.none')}</p>}
      {groups.map(({ month, items }) => (
        <section key={month || 'overdue'} className="card calendar-month" aria-labelledby={`calendar-${month || 'overdue'}`} data-testid="calendar-month">
          <h2 id={`calendar-${month || 'overdue'}`}>{month ? monthName(month) : t('calendar.overdue')}</h2>
          <ul className="obligation-list">
            {items.map((item) => (
              <ObligationItem key={item.id} item={item} today={today} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
