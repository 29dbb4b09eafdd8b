import { ArrowLeft } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { localDay } from '../../../../shared/dates/local-day';
import { PageHeader } from '../../components/PageHeader';
import { VisitForm } from './VisitForm';
import { useVisits } from './use-visits';

/** What the list shows after a save: the day and how many next steps joined the action plan. */
export interface SavedNotice {
  date: string;
  newActions: number;
}

/** A new record (`id` null) or a correction of one. */
export function VisitEditPage({ id }: { id: string | null }) {
  const { t } = useTranslation('visits');
  const [, navigate] = useLocation();
  const visits = useVisits();
  const visit = id ? visits.data?.find((v) => v.id === id) ?? null : null;
  // Wait for the record before filling the form, so a correction never starts from blanks.
  if (id && !visit) return visits.isPending ? null : <p className="muted">{t('list.empty')}</p>;
  return (
    <div className="page visits-page">
      <PageHeader title={t('title')} />
      <p>
        <Link href="/" className="back-link"><ArrowLeft aria-hidden="true" size={16} /> {t('list.heading')}</Link>
      </p>
      <VisitForm
        visit={visit}
        today={localDay()}
        onSaved={(saved, newActions) => navigate('/', { state: { date: saved.date, newActions } satisfies SavedNotice })}
      />
    </div>
  );
}
