import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../../../shared/registers/contract';
import { importFileBytes } from '../../../../shared/registers/contract';
import type { RegisterKind } from '../../../../shared/registers/fields';
import { ApiCallError } from '../../api/api-error';
import { getApi } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { saveGeneratedFile } from '../../components/files/file-actions';
import { useLanguage } from '../../i18n/use-language';
import { ImportPreviewCard } from './ImportPreviewCard';
import { fileAsBase64 } from './use-registers';

/** Refusals the registers text words better than the general message. */
const ownCodes = ['invalid_file', 'too_large', 'not_found'] as const;

/** Save the register as .xlsx or CSV; read one in, see what would change, then confirm. */
export function SheetTransfer({ kind }: { kind: RegisterKind }) {
  const { t } = useTranslation('registers');
  const language = useLanguage();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [inputKey, setInputKey] = useState(0);

  const run = async (job: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    setMessage(null);
    try {
      await job();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const exportAs = (format: 'xlsx' | 'csv') =>
    run(async () => {
      const file = await getApi().registers.exportFile({ register: kind, format, language });
      const where = await saveGeneratedFile(file);
      if (where) setMessage(t('sheet.exported', { file: file.fileName }));
    });
  const read = (file: File | undefined) =>
    run(async () => {
      setPreview(null);
      if (!file) return;
      if (file.size > importFileBytes) throw new ApiCallError({ code: 'too_large' });
      setPreview(await getApi().registers.importPreview({ register: kind, fileName: file.name.slice(0, 200) || 'file', base64: await fileAsBase64(file) }));
    });
  const finish = (text: string | null) => {
    setPreview(null);
    setMessage(text);
    setInputKey((k) => k + 1);
  };
  const ownCode = error instanceof ApiCallError ? (ownCodes.find((c) => c === error.code) ?? null) : null;

  return (
    <section className="card register-sheet" aria-labelledby="register-sheet-title">
      <h2 id="register-sheet-title">{t('sheet.heading')}</h2>
      <div className="form-actions">
        <button type="button" className="button button-secondary" disabled={busy} onClick={() => void exportAs('xlsx')}>{t('sheet.exportXlsx')}</button>
        <button type="button" className="button button-secondary" disabled={busy} onClick={() => void exportAs('csv')}>{t('sheet.exportCsv')}</button>
      </div>
      <div className="field">
        <label htmlFor="register-import" className="field-label">{t('sheet.importLabel')}</label>
        <input key={inputKey} id="register-import" type="file" className="input" accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" aria-describedby="register-import-help" disabled={busy} onChange={(e) => void read(e.target.files?.[0])} />
        {kind === 'information' && <p id="register-import-help" className="field-help">{t('sheet.importHelp')}</p>}
      </div>
      {busy && <p role="status">{t('sheet.reading')}</p>}
      {message && <p className="alert alert-success" role="status">{message}</p>}
      {ownCode ? <p className="alert alert-error" role="alert">{ownCode === 'invalid_file' && !preview ? `${t('sheet.errors.invalid_file')} ${t('sheet.noHeader')}` : t(`sheet.errors.${ownCode}`)}</p> : <ErrorMessage error={error} />}
      {preview && <ImportPreviewCard kind={kind} preview={preview} onFinished={finish} />}
    </section>
  );
}
