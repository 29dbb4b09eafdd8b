import { CalendarDays } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { localDay } from '../../../../shared/dates/local-day';
import { recordKinds, type RecordKind } from '../../../../shared/records/schema';
import { InPageNav } from '../../components/InPageNav';
import { PageHeader } from '../../components/PageHeader';
import { useCalendar, useRecords } from './use-records';

import { RecordSection } from './RecordSection';

/** 記録: a section per kind of record; `/records/training` opens the training section. */
export function RecordsListPage({ focus }: { focus: RecordKind | null }) {
  const { t } = useTranslation('records');
  const today = localDay();
  const records = useRecords();
  const calendar = useCalendar(today);
  const all = records.data ?? [];
  return (
    <div className="page records-page">
      <PageHeader
        title={t('title')}
        lead={t('lead')}
        actions={
          <Link href="/calendar" className="button button-secondary">
            <CalendarDays aria-hidden="true" size={18} /> {t('calendarLink')}
          </Link>
        }
      />
      <InPageNav />
      {recordKinds.map((kind) => (
        <RecordSection
          key={kind}
          kind={kind}
          items={all.filter((r) => r.kind === kind)}
          next={kind === 'review' ? null : (calendar.data ?? []).find((o) => o.kind === kind) ?? null}
          today={today}
          focused={focus === kind}
        />
      ))}
    </div>
  );
}
