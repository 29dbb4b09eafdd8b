import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecordEntry } from '../../../../shared/records/schema';
import { formatDate } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { EvidenceForRecordLink } from '../evidence';
import { RecordForm } from './RecordForm';
import { useRemoveRecord } from './use-records';

/** The main line of a record: what it was about, in the owner's words or the chosen topic. */
function headline(r: RecordEntry, t: (key: string) => string): string {
  if (r.kind === 'training') return r.content;
  if (r.kind === 'restoreTest') return r.restored;
  if (r.kind === 'drill') return r.scenario;
  return t(`topics.${r.topic}`);
}

/** The details below it, each with its label: method and attendees, participants and findings, the outcome. */
function details(r: RecordEntry, t: (key: string) => string): string[] {
  const line = (label: string, text: string) => (text ? `${t(`labels.${label}`)}: ${text}` : '');
  if (r.kind === 'training') return [line('method', t(`methods.${r.method}`)), line('attendees', r.attendees), line('note', r.note)];
  if (r.kind === 'restoreTest') return [line('note', r.note)];
  if (r.kind === 'drill') return [line('participants', r.participants), line('findings', r.findings)];
  return [line('outcome', r.outcome)];
}

/** One record: its day and subject, its details, its evidence link, and correct / delete. */
function RecordItem({ record: r, onEdit }: { record: RecordEntry; onEdit: () => void }) {
  const { t } = useTranslation('records');
  const tr = t as unknown as (key: string) => string;
  const language = useLanguage();
  const remove = useRemoveRecord();
  return (
    <li className="record-item" data-testid={`record-${r.kind}`}>
      <div className="record-head">
        <strong>{formatDate(r.date, language)}</strong> <span>{headline(r, tr)}</span>
        {r.kind === 'restoreTest' && <span className={`badge ${r.result === 'ok' ? 'badge-done' : 'badge-overdue'}`}>{t(`results.${r.result}`)}</span>}
      </div>
      {details(r, tr)
        .filter(Boolean)
        .map((line, i) => (
          <p key={i} className="muted record-detail">{line}</p>
        ))}
      <div className="record-actions">
        <EvidenceForRecordLink recordId={r.id} label={(count) => t('evidenceLink', { count })} />
        <button type="button" className="button button-secondary" onClick={onEdit}>
          {t('edit')}
        </button>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => {
            if (window.confirm(t('confirmRemove', { date: formatDate(r.date, language), what: t(`kinds.${r.kind}.what`) }))) remove.mutate(r.id);
          }}
        >
          {t('remove')}
        </button>
      </div>
    </li>
  );
}

/** One kind's records, newest first; the one being corrected shows as its form. */
export function RecordList({ items, today }: { items: RecordEntry[]; today: string }) {
  const { t } = useTranslation('records');
  const [editing, setEditing] = useState<string | null>(null);
  if (items.length === 0) return <p className="muted">{t('empty')}</p>;
  return (
    <ul className="record-list">
      {items.map((r) =>
        editing === r.id ? (
          <li key={r.id} className="record-item">
            <RecordForm kind={r.kind} today={today} existing={r} onSaved={() => setEditing(null)} onCancel={() => setEditing(null)} />
          </li>
        ) : (
          <RecordItem key={r.id} record={r} onEdit={() => setEditing(r.id)} />
        ),
      )}
    </ul>
  );
}
