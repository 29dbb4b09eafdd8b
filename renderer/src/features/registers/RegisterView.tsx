import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localDay } from '../../../../shared/dates/local-day';
import { registerFields, type RegisterKind } from '../../../../shared/registers/fields';
import type { RegisterEntry, Registers } from '../../../../shared/registers/schema';
import { useLanguage } from '../../i18n/use-language';
import { cellTextFor } from './cell-text';
import { filterRows, searchIndex } from './filter-rows';
import { RegisterForm } from './RegisterForm';
import { flagsFor } from './row-flags';
import { RegisterTable } from './RegisterTable';
import { SheetTransfer } from './SheetTransfer';

/** One register: what it is for, Excel/CSV, the filter, the table and the form to add or edit a row. */
export function RegisterView({ kind, registers }: { kind: RegisterKind; registers: Registers | undefined }) {
  const { t } = useTranslation('registers');
  const language = useLanguage();
  const [editing, setEditing] = useState<RegisterEntry | 'new' | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [filter, setFilter] = useState('');
  const deferred = useDeferredValue(filter);
  const entries = (registers?.[kind] ?? []) as RegisterEntry[];
  const cellText = useMemo(() => cellTextFor(t, registers, language), [t, registers, language]);
  const flagged = useMemo(() => flagsFor(kind, localDay(), t), [kind, t]);
  const index = useMemo(() => searchIndex(registerFields[kind], entries, cellText), [entries, kind, cellText]);
  const rows = useMemo(() => filterRows(entries, index, deferred), [deferred, entries, index]);

  return (
    <div className="register-view">
      <p className="muted">{t(`kindLeads.${kind}`)}</p>
      {message && <p className="alert alert-success" role="status">{message}</p>}
      {editing ? (
        <RegisterForm
          key={editing === 'new' ? 'new' : editing.id}
          kind={kind}
          entry={editing === 'new' ? null : editing}
          registers={registers}
          onDone={(text) => {
            setEditing(null);
            setMessage(text);
          }}
        />
      ) : null}
      <div className="register-toolbar">
        <div className="field">
          <label htmlFor="register-filter" className="field-label">{t('table.filter')}</label>
          <input id="register-filter" type="search" className="input" value={filter} onChange={(e) => setFilter(e.target.value)} />
        </div>
        <p className="muted register-count" role="status">{t('table.count', { shown: rows.length, total: entries.length })}</p>
        {!editing && <button type="button" className="button button-primary" onClick={() => { setMessage(null); setEditing('new'); }}>{t('form.add')}</button>}
      </div>
      {entries.length === 0 ? <p className="muted">{t('table.empty')}</p> : rows.length === 0 ? <p className="muted">{t('table.none')}</p> : <RegisterTable kind={kind} rows={rows} cellText={cellText} flagged={flagged} onEdit={(entry) => { setMessage(null); setEditing(entry); }} />}
      <SheetTransfer kind={kind} />
    </div>
  );
}
