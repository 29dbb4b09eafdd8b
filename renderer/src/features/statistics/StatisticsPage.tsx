import { ArrowLeft } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { defaultK } from '../../../../shared/statistics/k-anonymity';
import { ErrorMessage } from '../../components/ErrorMessage';
import { PageHeader } from '../../components/PageHeader';
import { saveGeneratedFile } from '../../components/files/file-actions';
import { StatisticsTables } from './StatisticsTables';
import { fileAsBase64, useExportFacts, useStatisticsReport, useStatisticsStatus, type ReportOptions } from './use-statistics';
import './statistics.css';

/** The anonymised statistics across companies, with other supporters' files merged in. */
export function StatisticsPage() {
  const { t } = useTranslation('statistics');
  const status = useStatisticsStatus();
  const [options, setOptions] = useState<ReportOptions>({ k: defaultK, includeOwn: true, files: [] });
  const available = status.data?.available === true;
  const report = useStatisticsReport(options, available);
  const exportFacts = useExportFacts();
  const [savedTo, setSavedTo] = useState<string | null>(null);

  const onFiles = async (list: FileList | null) => {
    const files = await Promise.all([...(list ?? [])].map(fileAsBase64));
    setOptions((o) => ({ ...o, files }));
  };
  const onExport = async (format: 'parquet' | 'csv') => {
    setSavedTo(null);
    const result = await saveGeneratedFile(await exportFacts.mutateAsync({ format, k: options.k })).catch(() => null);
    if (result) setSavedTo(result === 'downloaded' ? t('downloaded') : t('saved', { path: result }));
  };

  return (
    <div className="page stats-page">
      <PageHeader title={t('title')} lead={t('lead')} />
      <p><Link href="/" className="back-link"><ArrowLeft aria-hidden="true" size={16} /> {t('back')}</Link></p>
      {status.data && !available && <p className="alert alert-warning" role="alert">{t('unavailable', { problem: status.data.problem ?? '' })}</p>}
      {available && (
        <>
          <div className="card stats-controls">
            <label className="field-label" htmlFor="stats-k">{t('k')}</label>
            <input id="stats-k" className="input stats-k" type="number" min={2} max={50} value={options.k}
              onChange={(e) => setOptions((o) => ({ ...o, k: Math.min(50, Math.max(2, Number(e.target.value) || defaultK)) }))} />
            <label className="choice"><input type="checkbox" checked={options.includeOwn} onChange={(e) => setOptions((o) => ({ ...o, includeOwn: e.target.checked }))} /> {t('includeOwn')}</label>
            <label className="field-label" htmlFor="stats-files">{t('addFiles')}</label>
            <input id="stats-files" type="file" accept=".parquet" multiple onChange={(e) => void onFiles(e.target.files)} />
            <div className="form-actions">
              <button type="button" className="button button-secondary" onClick={() => void onExport('parquet')} disabled={exportFacts.isPending}>{t('exportParquet')}</button>
              <button type="button" className="button button-secondary" onClick={() => void onExport('csv')} disabled={exportFacts.isPending}>{t('exportCsv')}</button>
              {savedTo && <span role="status">{savedTo}</span>}
            </div>
            <ErrorMessage error={exportFacts.error ?? report.error} />
          </div>
          {report.data && report.data.refused.length > 0 && (
            <section className="alert alert-error" aria-labelledby="stats-refused">
              <h2 id="stats-refused">{t('refused.heading')}</h2>
              <ul>{report.data.refused.map((r) => <li key={r.name}>{t(`refused.${r.problem}`, { name: r.name, columns: r.columns.join(', ') })}</li>)}</ul>
            </section>
          )}
          {report.data && (
            <>
              <p className="muted">{t('sources', { own: report.data.sources.ownCompanies, files: report.data.sources.files, fileCompanies: report.data.sources.fileCompanies })}</p>
              <StatisticsTables report={report.data} />
              <p className="muted">{t('suppressedNote', { k: report.data.k })}</p>
            </>
          )}
        </>
      )}
    </div>
  );
}
