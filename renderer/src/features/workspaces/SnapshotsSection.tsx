import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { SnapshotInfo } from '../../../../shared/workspaces/contract';
import { getApi } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { formatDateTime, formatNumber } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { ExportPreviewCard } from './ExportPreviewCard';
import { useSnapshots, useWorkspaceChange } from './use-workspaces';
import type { Language } from '../../../../shared/settings/schema';

function kilobytes(size: number, language: Language): string {
  return `${formatNumber(Math.max(1, Math.round(size / 1024)), language)} KB`;
}

/** Whole-company snapshots of the company shown: list, look inside, restore (after confirming). */
export function SnapshotsSection() {
  const { t } = useTranslation('workspaces');
  const language = useLanguage();
  const { data: snapshots } = useSnapshots();
  const [chosen, setChosen] = useState<SnapshotInfo | null>(null);
  const [confirming, setConfirming] = useState(false);
  const preview = useMutation({ mutationFn: (id: string) => getApi().workspaces.snapshotPreview({ id }) });
  const restore = useWorkspaceChange((id: string) => getApi().workspaces.restoreSnapshot({ id }));
  const open = (snapshot: SnapshotInfo) => {
    setChosen(snapshot);
    setConfirming(false);
    restore.reset();
    preview.mutate(snapshot.id);
  };
  return (
    <section className="settings-section card ws-section" aria-labelledby="ws-restore">
      <h2 id="ws-restore">{t('restoreTitle')}</h2>
      <p className="muted">{t('restoreLead')}</p>
      {snapshots && snapshots.length === 0 && <p>{t('restoreEmpty')}</p>}
      {snapshots && snapshots.length > 0 && (
        <div className="ws-table-wrap">
          <table className="ws-table">
            <thead>
              <tr>
                <th scope="col">{t('restoreTakenAt')}</th>
                <th scope="col">{t('restoreReason')}</th>
                <th scope="col">{t('restoreSize')}</th>
                <th scope="col"><span className="visually-hidden">{t('restorePreview')}</span></th>
              </tr>
            </thead>
            <tbody>
              {snapshots.map((s) => (
                <tr key={s.id} aria-selected={chosen?.id === s.id}>
                  <td>{formatDateTime(s.takenAt, language)}</td>
                  <td>{t(`reason.${s.reason}`)}</td>
                  <td>{kilobytes(s.size, language)}</td>
                  <td>
                    <button type="button" className="button button-secondary" onClick={() => open(s)}
                      aria-label={`${t('restorePreview')}: ${formatDateTime(s.takenAt, language)}`}>
                      {t('restorePreview')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ErrorMessage error={preview.error} />
      {chosen && preview.data && !restore.isSuccess && (
        <div className="ws-import-preview">
          <ExportPreviewCard preview={preview.data} title={formatDateTime(chosen.takenAt, language)} />
          {!confirming ? (
            <button type="button" className="button button-primary" onClick={() => setConfirming(true)}>{t('restoreButton')}</button>
          ) : (
            <div className="alert alert-warning" role="group" aria-label={t('restoreButton')}>
              <p>{t('restoreConfirm')}</p>
              <div className="ws-inline-row">
                <button type="button" className="button button-primary" autoFocus disabled={restore.isPending} onClick={() => restore.mutate(chosen.id)}>
                  {t('restoreYes')}
                </button>
                <button type="button" className="button button-secondary" onClick={() => setConfirming(false)}>{t('cancel')}</button>
              </div>
            </div>
          )}
        </div>
      )}
      {restore.isSuccess && <p role="status" className="saved-hint">{t('restored')}</p>}
      <ErrorMessage error={restore.error} />
    </section>
  );
}
