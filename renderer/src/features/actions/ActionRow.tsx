import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { questionIds } from '../../../../shared/self-check/question-ids';
import type { ActionItem } from '../../../../shared/actions/schema';
import { ErrorMessage } from '../../components/ErrorMessage';
import { formatDate } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { isOverdue } from '../../../../shared/actions/overdue';
import { localDay } from '../../../../shared/dates/local-day';
import { useRemoveAction } from './use-actions';
import { ActionForm } from './ActionForm';

/** One action; overdue ones get a red edge and an "期限切れ" badge (not colour alone). */
export function ActionRow({ item }: { item: ActionItem }) {
  const { t } = useTranslation('selfCheck');
  const language = useLanguage();
  const remove = useRemoveAction();
  const [editing, setEditing] = useState(false);
  const overdue = isOverdue(item, localDay());
  const source =
    item.source.kind === 'selfCheck'
      ? t('actions.source.selfCheck', { n: questionIds.indexOf(item.source.questionId) + 1 })
      : t(`actions.source.${item.source.kind}`, { n: '' });

  return (
    <li className={`card action-item${overdue ? ' action-overdue' : ''}${item.status === 'done' ? ' action-done' : ''}`} data-testid="action-item">
      {editing ? (
        <ActionForm idPrefix={`edit-${item.id}`} initial={item} onDone={() => setEditing(false)} />
      ) : (
        <>
          <div className="action-head">
            <h3>{item.title}</h3>
            <span className={`status-chip action-status-${item.status}`}>{t(`actions.status.${item.status}`)}</span>
            {overdue && <span className="badge badge-overdue">{t('actions.overdue')}</span>}
          </div>
          <p className="action-meta">
            <span>{item.dueDate ? t('actions.due', { date: formatDate(item.dueDate, language) }) : t('actions.noDue')}</span>
            {item.owner && <span>{t('actions.ownerIs', { name: item.owner })}</span>}
            <span className="muted">{source}</span>
          </p>
          {item.note && <p className="action-note">{item.note}</p>}
          <ErrorMessage error={remove.error} />
          <div className="form-actions">
            <button type="button" className="button button-secondary" onClick={() => setEditing(true)} aria-label={`${t('actions.edit')}: ${item.title}`}>
              {t('actions.edit')}
            </button>
            <button
              type="button"
              className="button button-secondary"
              aria-label={`${t('actions.delete')}: ${item.title}`}
              onClick={() => {
                if (window.confirm(t('actions.deleteConfirm', { title: item.title }))) remove.mutate(item.id);
              }}
            >
              {t('actions.delete')}
            </button>
          </div>
        </>
      )}
    </li>
  );
}
