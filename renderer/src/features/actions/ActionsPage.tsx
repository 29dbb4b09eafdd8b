import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionItem } from '../../../../shared/actions/schema';
import { ErrorMessage } from '../../components/ErrorMessage';
import { PageHeader } from '../../components/PageHeader';
import { ActionForm } from './ActionForm';
import { ActionRow } from './ActionRow';
import { isOverdue } from '../../../../shared/actions/overdue';
import { useActions } from './use-actions';
import { localDay } from '../../../../shared/dates/local-day';

/** Overdue first, then by due date; finished ones last (and hidden unless asked for). */
export function sortActions(items: ActionItem[], today = localDay()): ActionItem[] {
  const rank = (a: ActionItem) => (isOverdue(a, today) ? 0 : a.status === 'done' ? 2 : 1);
  return [...items].sort((a, b) => rank(a) - rank(b) || (a.dueDate || '9999').localeCompare(b.dueDate || '9999'));
}

/** The action plan: self-check, incident and manual actions together. */
export function ActionsPage() {
  const { t } = useTranslation(['selfCheck', 'common']);
  const actions = useActions();
  const [adding, setAdding] = useState(false);
  const [showDone, setShowDone] = useState(false);
  if (actions.isLoading) return <p className="loading" role="status">{t('common:states.loading')}</p>;
  const all = sortActions(actions.data ?? []);
  const shown = showDone ? all : all.filter((a) => a.status !== 'done');

  return (
    <>
      <PageHeader
        title={t('actions.title')}
        lead={t('actions.lead')}
        actions={
          !adding && (
            <button type="button" className="button button-primary" onClick={() => setAdding(true)}>{t('actions.add')}</button>
          )
        }
      />
      <ErrorMessage error={actions.error} />
      {adding && (
        <section className="card">
          <h2>{t('actions.newTitle')}</h2>
          <ActionForm idPrefix="new-action" initial={{ title: '', source: { kind: 'manual' } }} onDone={() => setAdding(false)} />
        </section>
      )}
      <label className="checkbox">
        <input type="checkbox" checked={showDone} onChange={(e) => setShowDone(e.target.checked)} />
        <span>{t('actions.showDone')}</span>
      </label>
      {shown.length === 0 ? (
        <p className="card muted">{t('actions.empty')}</p>
      ) : (
        <ul className="action-list">
          {shown.map((item) => (
            <ActionRow key={item.id} item={item} />
          ))}
        </ul>
      )}
    </>
  );
}
