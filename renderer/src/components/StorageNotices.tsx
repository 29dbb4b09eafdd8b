import { useMutation } from '@tanstack/react-query';
import { AlertTriangle } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { getApi } from '../api/client';
import { useNotices } from '../api/use-app-queries';
import { formatDateTime } from '../i18n/format';
import { useLanguage } from '../i18n/use-language';
import { StorageProblemBanner } from './StorageProblemBanner';

/** Tells the user a damaged file was set aside and what was restored; never a silent reset. */
export function StorageNotices() {
  const { t, i18n } = useTranslation(['notices', 'common']);
  const language = useLanguage();
  const { data: notices = [] } = useNotices();
  const dismiss = useMutation({ mutationFn: (id: string) => getApi().app.dismissNotice({ id }) });
  if (notices.length === 0) return <StorageProblemBanner />;
  return (
    <div className="notices">
      <StorageProblemBanner />
      {notices.map((notice) => {
        const docKey = i18n.exists(`notices:documents.${notice.document}`) ? notice.document : 'other';
        const document = t(`documents.${docKey}` as 'documents.other');
        const restored = notice.kind === 'restored_from_backup';
        const operation = notice.kind === 'operation_finished' ? 'finished' : notice.kind === 'operation_rolled_back' ? 'rolledBack' : notice.kind === 'workspace_recovered' ? 'recovered' : null;
        return (
          <section key={notice.id} className="alert alert-warning" role="alert" aria-labelledby={`notice-${notice.id}`}>
            <AlertTriangle aria-hidden="true" size={22} className="alert-icon" />
            <div className="alert-body">
              <h2 id={`notice-${notice.id}`}>{operation ? t(`${operation}.title`) : restored ? t('restored.title') : t('startedEmpty.title')}</h2>
              <p>
                {operation
                  ? t(`${operation}.body`)
                  : restored
                    ? t('restored.body', { document, backupTakenAt: formatDateTime(notice.backupTakenAt ?? '', language) })
                    : t('startedEmpty.body', { document })}
              </p>
              <p className="muted">{t(`reason.${notice.reason}`)}</p>
              {notice.movedTo && <p className="muted mono-path">{t('movedTo', { path: notice.movedTo })}</p>}
            </div>
            <button type="button" className="button button-secondary" onClick={() => dismiss.mutate(notice.id)}>
              {t('common:actions.dismiss')}
            </button>
          </section>
        );
      })}
    </div>
  );
}
