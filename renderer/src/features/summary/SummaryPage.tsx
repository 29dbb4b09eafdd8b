import { useCallback, useState } from 'react';
import { Download, FileSearch, Printer } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { GeneratedFile } from '../../../../shared/files/schema';
import { presetOptions, type SummaryOptions } from '../../../../shared/summary/options';
import { BusyIndicator } from '../../components/BusyIndicator';
import { ErrorMessage } from '../../components/ErrorMessage';
import { PageHeader } from '../../components/PageHeader';
import { PdfPreview, printPreview } from '../../components/files/PdfPreview';
import { saveGeneratedFile } from '../../components/files/file-actions';
import { useLanguage } from '../../i18n/use-language';
import { FingerprintCard } from './FingerprintCard';
import { InsurerFiles } from './InsurerFiles';
import { getApi } from '../../api/client';
import { SummaryOptionsForm } from './SummaryOptionsForm';
import { useSummaryFingerprint, useSummaryGenerate } from './use-summary';
import './summary.css';

export function SummaryPage() {
  const { t } = useTranslation(['summary', 'common']);
  const appLanguage = useLanguage();
  // The PDF starts in the app's language; it can be switched without changing the app's.
  const [options, setOptions] = useState<SummaryOptions>(() => presetOptions('provider', appLanguage));
  const [file, setFile] = useState<GeneratedFile | null>(null);
  const [savedAs, setSavedAs] = useState<string | null>(null);
  const [frame, setFrame] = useState<HTMLIFrameElement | null>(null);
  const preview = useSummaryGenerate();
  const generate = useSummaryGenerate();
  const fingerprint = useSummaryFingerprint(options.language);
  const busy = preview.isPending || generate.isPending;

  const changeOptions = (next: SummaryOptions) => {
    setOptions(next);
    // An old preview no longer matches the choices: clear it rather than show the wrong thing.
    setFile(null);
    setSavedAs(null);
  };
  const makePreview = () =>
    preview.mutate(options, {
      onSuccess: (made) => {
        setFile(made);
        void fingerprint.refetch();
      },
    });
  const save = () =>
    generate.mutate(options, {
      onSuccess: async (made) => {
        setFile(made);
        const where = await saveGeneratedFile(made);
        setSavedAs(where === null ? null : where === 'downloaded' ? t('downloaded') : t('saved', { path: where }));
        // A saved insurer pack becomes "the last pack given", which the next one compares with.
        if (where !== null && options.audience === 'insurer' && made.fingerprint) {
          const { recorded } = await getApi().summary.rememberInsurerPack({ fingerprint: made.fingerprint, language: options.language });
          if (recorded) setSavedAs((line) => `${line ?? ''} ${t('rememberedPack')}`.trim());
        }
      },
    });
  const onFrame = useCallback((f: HTMLIFrameElement | null) => setFrame(f), []);

  return (
    <>
      <PageHeader title={t('title')} lead={t('lead')} />
      <div className="summary-layout">
        <div>
          <SummaryOptionsForm value={options} onChange={changeOptions} />
          <FingerprintCard current={fingerprint.data?.short} ofPreview={file?.fingerprint ?? null} />
          {options.audience === 'insurer' && <InsurerFiles language={options.language} />}
        </div>
        {/* Actions sit above the preview, so they are in view without scrolling past the choices. */}
        <div className="summary-preview-column">
          <div className="summary-actions">
            <button type="button" className="button button-primary" onClick={makePreview} disabled={busy || options.sections.length === 0}>
              <FileSearch aria-hidden="true" size={18} /> {t('actions.preview')}
            </button>
            <button type="button" className="button button-secondary" onClick={save} disabled={busy || options.sections.length === 0}>
              <Download aria-hidden="true" size={18} /> {t('actions.save')}
            </button>
            <button type="button" className="button button-secondary" onClick={() => printPreview(frame)} disabled={!file || busy}>
              <Printer aria-hidden="true" size={18} /> {t('actions.print')}
            </button>
          </div>
          {savedAs && <p role="status" className="saved-hint">{savedAs}</p>}
          <ErrorMessage error={preview.error ?? generate.error ?? fingerprint.error} />
          <div className="summary-preview" aria-busy={busy}>
            {busy && <BusyIndicator label={t('generating')} className="summary-progress" />}
            {!busy && !file && <p className="summary-preview-empty muted">{t('previewEmpty')}</p>}
            {file && !busy && <PdfPreview file={file} title={t('previewTitle')} onFrame={onFrame} />}
          </div>
        </div>
      </div>
    </>
  );
}
