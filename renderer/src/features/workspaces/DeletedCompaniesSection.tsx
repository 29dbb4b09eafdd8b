import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeletedCompany } from '../../../../shared/workspaces/contract';
import { localDay } from '../../../../shared/dates/local-day';
import { getApi } from '../../api/client';
import { apiQuery } from '../../api/query-client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { formatDate, formatDateTime } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { RetentionForm } from './RetentionForm';
import { useAnnouncement } from './switch-announcement';
import { useWorkspaceChange } from './use-workspaces';

/** Companies deleted within the retention period: bring one back, or delete it for good. */
export function DeletedCompaniesSection() {
  const { t } = useTranslation('workspaces');
  const language = useLanguage();
  const { data: deleted } = useQuery(apiQuery('workspaces', 'deletedCompanies'));
  const [purging, setPurging] = useState<DeletedCompany | null>(null);
  const restore = useWorkspaceChange((id: string) => getApi().workspaces.restoreDeleted({ id }), 'restoreDeleted');
  const purge = useMutation({ mutationFn: (id: string) => getApi().workspaces.purgeDeleted({ id }), onSuccess: () => setPurging(null) });
  return (
    <section className="settings-section card ws-section" aria-labelledby="ws-deleted">
      <h2 id="ws-deleted">{t('deletedTitle')}</h2>
      <p className="muted">{t('deletedLead')}</p>
      {deleted && deleted.length === 0 && <p>{t('deletedEmpty')}</p>}
      {deleted && deleted.length > 0 && (
        <ul className="ws-company-list">
          {deleted.map((d) => (
            <li key={d.workspaceId} className="ws-company" data-testid="deleted-company">
              <div>
                <strong>{d.name || t('deletedUnnamed')}</strong>
                <p className="muted">{t('deletedWhen', { deletedAt: formatDateTime(d.deletedAt, language), until: formatDate(localDay(new Date(d.expiresAt)), language) })}</p>
              </div>
              <div className="ws-inline-row">
                <button type="button" className="button button-secondary" disabled={restore.isPending} onClick={() => restore.mutate(d.workspaceId)}>
                  {t('deletedRestore')}<span className="visually-hidden">{`: ${d.name}`}</span>
                </button>
                <button type="button" className="button button-link" onClick={() => setPurging(d)}>
                  {t('deletedPurge')}<span className="visually-hidden">{`: ${d.name}`}</span>
                </button>
              </div>
              {purging?.workspaceId === d.workspaceId && (
                <div className="alert alert-warning" role="group" aria-label={t('deletedPurge')}>
                  <p>{t('deletedPurgeConfirm', { name: d.name })}</p>
                  <div className="ws-inline-row">
                    <button type="button" className="button button-danger" autoFocus disabled={purge.isPending} onClick={() => purge.mutate(d.workspaceId)}>
                      {t('deletedPurgeYes')}
                    </button>
                    <button type="button" className="button button-secondary" onClick={() => setPurging(null)}>{t('cancel')}</button>
                  </div>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      <RestoredNotice />
      <ErrorMessage error={restore.error ?? purge.error} />
      <RetentionForm />
    </section>
  );
}

function RestoredNotice() {
  const { t } = useTranslation('workspaces');
  const name = useAnnouncement('restoreDeleted');
  return name ? <p role="status" className="saved-hint">{t('deletedRestored', { name })}</p> : null;
}
