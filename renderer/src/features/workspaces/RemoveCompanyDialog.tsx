import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkspaceMeta } from '../../../../shared/settings/schema';
import { getApi } from '../../api/client';
import { useSettings } from '../../api/use-app-queries';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useWorkspaceChange } from './use-workspaces';

/**
 * Deleting a company asks for its name typed out, so a slip of the mouse cannot do it. The back
 * end checks the name again and keeps a snapshot before deleting.
 */
export function RemoveCompanyDialog({ meta, onClose }: { meta: WorkspaceMeta; onClose: () => void }) {
  const { t } = useTranslation('workspaces');
  const [typed, setTyped] = useState('');
  const { data: settings } = useSettings();
  const remove = useWorkspaceChange(() => getApi().workspaces.remove({ id: meta.id, confirmName: typed }));
  const matches = typed.trim() === meta.name;
  const inputId = `remove-${meta.id}`;
  return (
    <div className="alert alert-warning ws-remove" role="group" aria-labelledby={`${inputId}-title`}>
      <h3 id={`${inputId}-title`}>{t('removeTitle', { name: meta.name })}</h3>
      <p>{t('removeLead', { name: meta.name, days: settings?.snapshotRetention.keepDays ?? 90 })}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (matches) remove.mutate(undefined);
        }}
      >
        <label htmlFor={inputId} className="field-label">{t('removeConfirmLabel', { name: meta.name })}</label>
        <div className="ws-inline-row">
          <input id={inputId} className="input" value={typed} onChange={(e) => setTyped(e.target.value)} autoFocus autoComplete="off" />
          <button type="submit" className="button button-danger" disabled={!matches || remove.isPending}>{t('removeConfirmButton')}</button>
          <button type="button" className="button button-secondary" onClick={onClose}>{t('cancel')}</button>
        </div>
        {typed.trim() !== '' && !matches && <p className="field-help">{t('removeMismatch')}</p>}
      </form>
      <ErrorMessage error={remove.error} />
    </div>
  );
}
