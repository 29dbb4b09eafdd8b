import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkspaceMeta } from '../../../../shared/settings/schema';
import { getApi } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { formatDate } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { RemoveCompanyDialog } from './RemoveCompanyDialog';
import { SameNameWarning } from './SameNameWarning';
import { useRenameWorkspace, useWorkspaceChange } from './use-workspaces';

/** One company in the list: show it, rename it, or delete it (after confirming). */
export function CompanyRow({ meta, isCurrent }: { meta: WorkspaceMeta; isCurrent: boolean }) {
  const { t } = useTranslation('workspaces');
  const language = useLanguage();
  const [mode, setMode] = useState<'view' | 'rename' | 'remove'>('view');
  const [name, setName] = useState(meta.name);
  const rename = useRenameWorkspace();
  const show = useWorkspaceChange((id: string) => getApi().workspaces.switchTo({ id }));
  const inputId = `rename-${meta.id}`;
  return (
    <li className={`ws-company${isCurrent ? ' ws-company-current' : ''}`}>
      <div className="ws-company-main">
        <strong>{meta.name}</strong>
        {isCurrent && <span className="badge badge-current">{t('currentBadge')}</span>}
        <span className="muted">{t('createdOn', { date: formatDate(meta.createdAt, language) })}</span>
      </div>
      {mode === 'view' && (
        <div className="ws-company-actions">
          {!isCurrent && (
            <button type="button" className="button button-primary" onClick={() => show.mutate(meta.id)} disabled={show.isPending}>
              {t('show')}
            </button>
          )}
          <button type="button" className="button button-secondary" onClick={() => setMode('rename')} aria-label={`${t('rename')}: ${meta.name}`}>
            {t('rename')}
          </button>
          <button type="button" className="button button-secondary" onClick={() => setMode('remove')} aria-label={`${t('remove')}: ${meta.name}`}>
            {t('remove')}
          </button>
        </div>
      )}
      {mode === 'rename' && (
        <form
          className="ws-inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            rename.mutate({ id: meta.id, name: name.trim() }, { onSuccess: () => setMode('view') });
          }}
        >
          <label htmlFor={inputId} className="field-label">{t('renameLabel', { name: meta.name })}</label>
          <div className="ws-inline-row">
            <input id={inputId} className="input" value={name} onChange={(e) => setName(e.target.value)} maxLength={200} required autoFocus />
            <button type="submit" className="button button-primary" disabled={rename.isPending || !name.trim()}>{t('save')}</button>
            <button type="button" className="button button-secondary" onClick={() => setMode('view')}>{t('cancel')}</button>
          </div>
          <SameNameWarning name={name} exceptId={meta.id} />
          <ErrorMessage error={rename.error} />
        </form>
      )}
      {mode === 'remove' && <RemoveCompanyDialog meta={meta} onClose={() => setMode('view')} />}
      <ErrorMessage error={show.error} />
    </li>
  );
}
