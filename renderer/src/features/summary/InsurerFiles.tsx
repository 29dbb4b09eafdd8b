import { useState } from 'react';
import { FileSpreadsheet } from 'lucide-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { GeneratedFile } from '../../../../shared/files/schema';
import type { Language } from '../../../../shared/settings/schema';
import { localDay } from '../../../../shared/dates/local-day';
import { getApi } from '../../api/client';
import { apiQuery } from '../../api/query-client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { saveGeneratedFile } from '../../components/files/file-actions';

/**
 * The insurer pack's spreadsheets: the answers (controls, open points, incidents) and, for one
 * incident, the costs under the policy's claim headings.
 */
export function InsurerFiles({ language }: { language: Language }) {
  const { t } = useTranslation('summary');
  const incidents = useQuery(apiQuery('incidents', 'list', { today: localDay() }));
  const [incidentId, setIncidentId] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const chosen = incidentId || incidents.data?.[0]?.id || '';

  const run = async (make: () => Promise<GeneratedFile>) => {
    setBusy(true);
    setError(null);
    setSaved(null);
    try {
      const where = await saveGeneratedFile(await make());
      setSaved(where === null ? null : where === 'downloaded' ? t('downloaded') : t('saved', { path: where }));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card form-section" aria-labelledby="insurer-files-title">
      <h2 id="insurer-files-title" className="field-label">{t('insurerFiles.title')}</h2>
      <p className="field-help">{t('insurerFiles.help')}</p>
      <div className="summary-actions">
        <button type="button" className="button button-secondary" disabled={busy} onClick={() => void run(() => getApi().summary.insurerSheet({ language }))}>
          <FileSpreadsheet aria-hidden="true" size={18} /> {t('insurerFiles.answers')}
        </button>
      </div>
      <label className="field-label" htmlFor="claim-incident">{t('insurerFiles.incident')}</label>
      {incidents.data && incidents.data.length === 0 ? (
        <p className="muted">{t('insurerFiles.noIncidents')}</p>
      ) : (
        <div className="summary-actions">
          <select id="claim-incident" className="input" value={chosen} onChange={(e) => setIncidentId(e.target.value)}>
            {(incidents.data ?? []).map((i) => (
              <option key={i.id} value={i.id}>{`${i.discoveredAt} ${i.title}`}</option>
            ))}
          </select>
          <button type="button" className="button button-secondary" disabled={busy || !chosen} onClick={() => void run(() => getApi().summary.claimSheet({ language, incidentId: chosen }))}>
            <FileSpreadsheet aria-hidden="true" size={18} /> {t('insurerFiles.claim')}
          </button>
        </div>
      )}
      {saved && <p role="status" className="saved-hint">{saved}</p>}
      <ErrorMessage error={error ?? incidents.error} />
    </section>
  );
}
