import { Download } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IncidentFilter } from '../../../../shared/incidents/list';
import type { GeneratedFile } from '../../../../shared/files/schema';
import { getApi } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { saveGeneratedFile } from '../../components/files/file-actions';
import { localDay } from '../../../../shared/dates/local-day';

/** Exports what the list currently shows: CSV for Excel, VERIS JSON for anonymised sharing. */
export function ExportButtons({ filter }: { filter: IncidentFilter }) {
  const { t } = useTranslation('incidents');
  const [includeText, setIncludeText] = useState(false);
  const [state, setState] = useState<{ busy: boolean; done: boolean; error: unknown }>({ busy: false, done: false, error: null });

  const run = async (make: () => Promise<GeneratedFile>) => {
    setState({ busy: true, done: false, error: null });
    try {
      const saved = await saveGeneratedFile(await make());
      setState({ busy: false, done: saved !== null, error: null });
    } catch (error) {
      setState({ busy: false, done: false, error });
    }
  };

  return (
    <div className="incident-exports">
      <button type="button" className="button button-secondary" disabled={state.busy} onClick={() => void run(() => getApi().incidents.exportCsv({ ...filter, today: localDay() }))}>
        <Download aria-hidden="true" size={18} /> {t('actions.exportCsv')}
      </button>
      <button type="button" className="button button-secondary" disabled={state.busy} onClick={() => void run(() => getApi().incidents.exportVeris({ ...filter, includeText, today: localDay() }))}>
        <Download aria-hidden="true" size={18} /> {t('actions.exportVeris')}
      </button>
      <label className="checkbox">
        <input type="checkbox" checked={includeText} onChange={(e) => setIncludeText(e.target.checked)} />
        <span>{t('actions.includeText')}</span>
      </label>
      {state.done && <p role="status" className="saved-hint">{t('actions.exported')}</p>}
      <ErrorMessage error={state.error} />
    </div>
  );
}
