import { CalendarCheck, Plus } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { PageHeader } from '../../components/PageHeader';
import { useLanguage } from '../../i18n/use-language';
import { formatDate as formatDay } from '../../i18n/format';
import type { SavedNotice } from './VisitEditPage';
import { VisitList } from './VisitList';
import { useVisits } from './use-visits';

/** The company's visit and consultation records, newest first. */
export function VisitListPage() {
  const { t } = useTranslation('visits');
  const language = useLanguage();
  const visits = useVisits();
  const saved = (window.history.state as SavedNotice | null)?.date ? (window.history.state as SavedNotice) : null;
  return (
    <div className="page visits-page">
      <PageHeader
        title={t('title')}
        lead={t('lead')}
        actions={
          <>
            <Link href="/new" className="button button-primary"><Plus aria-hidden="true" size={18} /> {t('list.add')}</Link>
            <Link href="/prepare" className="button button-secondary"><CalendarCheck aria-hidden="true" size={18} /> {t('home.prepare')}</Link>
            <Link href="/programmes" className="button button-secondary">{t('programmes.title')}</Link>
          </>
        }
      />
      {saved && (
        <p className="alert alert-success" role="status">
          {saved.newActions > 0 ? t('form.savedWithActions', { date: formatDay(saved.date, language), count: saved.newActions }) : t('form.saved', { date: formatDay(saved.date, language) })}
        </p>
      )}
      <h2>{t('list.heading')}</h2>
      {visits.data && visits.data.length === 0 && <p className="muted">{t('list.empty')}</p>}
      {visits.data && visits.data.length > 0 && <VisitList visits={visits.data} />}
    </div>
  );
}
