import { useQuery } from '@tanstack/react-query';
import { HardDrive } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { apiQuery } from '../api/query-client';

/**
 * When the disk is full or the data folder read-only, everything can still be read, but no
 * change can be saved: say so plainly, on every page, until a save works again.
 */
export function StorageProblemBanner() {
  const { t } = useTranslation('notices');
  const { data } = useQuery(apiQuery('app', 'storageStatus'));
  const { data: info } = useQuery(apiQuery('app', 'info'));
  if (!data?.problem) return null;
  const key = data.problem === 'storage_full' ? 'storageFull' : 'storageReadOnly';
  return (
    <section className="alert alert-error" role="alert" aria-labelledby="storage-problem-title" data-testid="storage-problem">
      <HardDrive aria-hidden="true" size={22} className="alert-icon" />
      <div className="alert-body">
        <h2 id="storage-problem-title">{t(`${key}.title`)}</h2>
        <p>{t(`${key}.body`)}</p>
        {info && <p className="muted mono-path">{t('dataFolder', { path: info.dataDir })}</p>}
      </div>
    </section>
  );
}
