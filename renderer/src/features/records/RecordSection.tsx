import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Obligation } from '../../../../shared/calendar/obligations';
import type { RecordEntry, RecordKind } from '../../../../shared/records/schema';
import { formatDate } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { RecordForm } from './RecordForm';
import { RecordList } from './RecordList';

interface Props {
  kind: RecordKind;
  items: RecordEntry[];
  /** This kind's routine in the calendar (none for reviews: each topic has its own). */
  next: Obligation | null;
  today: string;
  /** Opened from a link to this kind (the calendar, home): open the form and go there. */
  focused: boolean;
}

/** One kind of record: what it is for, when it was last done and is next due, the form and the list. */
export function RecordSection({ kind, items, next, today, focused }: Props) {
  const { t } = useTranslation('records');
  const language = useLanguage();
  const [saved, setSaved] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!focused) return;
    // After the shell has put focus on the page's h1 (use-focus-heading.ts): this section is
    // what the link was for, so the next Tab lands in its form.
    const timer = window.setTimeout(() => {
      heading.current?.scrollIntoView({ block: 'start' });
      heading.current?.focus();
    }, 0);
    return () => window.clearTimeout(timer);
  }, [focused]);
  const headingId = `records-${kind}`;
  return (
    <section className="card record-section" aria-labelledby={headingId} data-testid={`records-${kind}`}>
      <h2 id={headingId} ref={heading} tabIndex={-1}>{t(`kinds.${kind}.heading`)}</h2>
      <p className="muted">{t(`kinds.${kind}.help`)}</p>
      {next && (
        <p className="record-next">
          {next.lastDone ? t('lastDone', { date: formatDate(next.lastDone, language) }) : t('neverDone')}
          {' · '}
          <strong>{t('nextDue', { date: formatDate(next.due, language) })}</strong>
        </p>
      )}
      {saved && <p className="alert alert-success" role="status">{t('saved', { what: saved })}</p>}
      <details className="record-add" open={focused || undefined}>
        <summary className="button button-secondary">{t('add')}…</summary>
        <RecordForm kind={kind} today={today} onSaved={setSaved} />
      </details>
      <RecordList items={items} today={today} />
    </section>
  );
}
