import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { maxExportBytes } from '../../../../shared/workspaces/transfer/export-format';
import { getApi } from '../../api/client';
import { useCurrentWorkspace } from '../../api/use-app-queries';
import { BusyIndicator } from '../../components/BusyIndicator';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ExportPreviewCard } from './ExportPreviewCard';
import { ImportProblemMessage } from './ImportProblemMessage';
import { useWorkspaceChange } from './use-workspaces';
import { useAnnouncement } from './switch-announcement';

class FileTooLarge extends Error {}

/**
 * Two steps, as the back end enforces: check the file (nothing is written), then choose
 * "new company" or "replace" and confirm. The file is read in the page and sent as text.
 */
export function ImportSection() {
  const { t } = useTranslation('workspaces');
  const { data: current } = useCurrentWorkspace();
  const [file, setFile] = useState<File | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [mode, setMode] = useState<'new' | 'replace'>('new');
  const check = useMutation({
    mutationFn: async () => {
      if (!file) throw new Error('no file');
      if (file.size > maxExportBytes) throw new FileTooLarge();
      const text = await file.text();
      return getApi().workspaces.importPreview(passphrase ? { text, passphrase } : { text });
    },
  });
  const commit = useWorkspaceChange((token: string) => getApi().workspaces.importCommit({ token, mode }), 'import');
  const imported = useAnnouncement('import');
  const reset = () => {
    check.reset();
    commit.reset();
  };
  return (
    <section className="settings-section card ws-section" aria-labelledby="ws-import" aria-busy={check.isPending || commit.isPending}>
      <h2 id="ws-import">{t('importTitle')}</h2>
      <p className="muted">{t('importLead')}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          commit.reset();
          check.mutate();
        }}
      >
        <div className="field">
          <label htmlFor="ws-import-file" className="field-label">{t('fileLabel')}</label>
          <input id="ws-import-file" type="file" accept=".otasuke,application/json" className="input"
            onChange={(e) => { setFile(e.target.files?.[0] ?? null); reset(); }} />
        </div>
        <div className="field">
          <label htmlFor="ws-import-pass" className="field-label">{t('importPassphraseLabel')}</label>
          <input id="ws-import-pass" type="password" className="input" autoComplete="off" value={passphrase}
            onChange={(e) => { setPassphrase(e.target.value); reset(); }} />
        </div>
        <button type="submit" className="button button-secondary" disabled={!file || check.isPending}>{t('checkButton')}</button>
        {check.isPending && <BusyIndicator label={t('checking')} />}
      </form>
      {check.error instanceof FileTooLarge ? (
        <div className="alert alert-error" role="alert"><p>{t('tooLargeFile')}</p></div>
      ) : (
        <ImportProblemMessage error={check.error} />
      )}
      {check.data && !commit.isSuccess && (
        <div className="ws-import-preview">
          <ExportPreviewCard preview={check.data.preview} title={t('previewTitle')} />
          <fieldset className="ws-modes">
            <legend className="field-label">{t('chooseTitle')}</legend>
            <label className="ws-mode">
              <input type="radio" name="ws-import-mode" checked={mode === 'new'} onChange={() => setMode('new')} />
              <span><strong>{t('modeNew')}</strong><span className="field-help">{t('modeNewHelp')}</span></span>
            </label>
            {current && (
              <label className="ws-mode">
                <input type="radio" name="ws-import-mode" checked={mode === 'replace'} onChange={() => setMode('replace')} />
                <span><strong>{t('modeReplace', { name: current.name })}</strong><span className="field-help">{t('modeReplaceHelp')}</span></span>
              </label>
            )}
          </fieldset>
          <button type="button" className="button button-primary" disabled={commit.isPending} onClick={() => commit.mutate(check.data.token)}>
            {t('importConfirm')}
          </button>
          {commit.isPending && <BusyIndicator label={t('importing')} />}
        </div>
      )}
      {imported && <p role="status" className="saved-hint">{t('imported', { name: imported })}</p>}
      <ErrorMessage error={commit.error} />
    </section>
  );
}
