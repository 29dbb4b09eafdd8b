import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiCallError } from '../../api/api-error';
import { getApi } from '../../api/client';
import { BusyIndicator } from '../../components/BusyIndicator';
import { ErrorMessage } from '../../components/ErrorMessage';
import { saveGeneratedFile } from '../../components/files/file-actions';
import { PassphraseFeedback } from './PassphraseFeedback';
import { usePassphraseStrength } from './use-passphrase-strength';

/** Export of the company shown, encrypted by default; shows the check code of what was written. */
export function ExportSection({ companyName }: { companyName: string }) {
  const { t } = useTranslation('workspaces');
  const [encrypt, setEncrypt] = useState(true);
  const [passphrase, setPassphrase] = useState('');
  const [again, setAgain] = useState('');
  const [touched, setTouched] = useState(false);
  const exporter = useMutation({
    mutationFn: async () => {
      const file = await getApi().workspaces.exportFile(encrypt ? { passphrase } : {});
      const saved = await saveGeneratedFile(file);
      return { fingerprint: file.fingerprint, saved };
    },
  });
  const strength = usePassphraseStrength(passphrase, companyName ? [companyName] : []);
  const tooShort = encrypt && passphrase.length < 8;
  const weak = encrypt && !tooShort && strength !== null && !strength.strong;
  const mismatch = encrypt && passphrase !== again;
  const problem = !touched ? null : tooShort ? t('passphraseTooShort') : weak ? null : mismatch ? t('passphraseMismatch') : null;
  // The back end refuses a weak passphrase too; its answer is worded like the form's own check.
  const refusedAsWeak = exporter.error instanceof ApiCallError && exporter.error.issues.some((issue) => issue.code === 'weak_passphrase');
  const done = exporter.data && exporter.data.saved !== null ? exporter.data : null;
  return (
    <section className="settings-section card ws-section" aria-labelledby="ws-export">
      <h2 id="ws-export">{t('exportTitle')}</h2>
      <p className="muted">{t('exportLead')}</p>
      <form
        aria-busy={exporter.isPending}
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          setTouched(true);
          if (!tooShort && !weak && !mismatch) exporter.mutate();
        }}
      >
        <label className="checkbox">
          <input type="checkbox" checked={encrypt} onChange={(e) => setEncrypt(e.target.checked)} />
          {t('encryptLabel')}
        </label>
        {encrypt && (
          <div className="ws-passphrase">
            <p className="field-help" id="ws-export-help">{t('encryptHelp')}</p>
            <div className="field">
              <label htmlFor="ws-export-pass" className="field-label">{t('passphraseLabel')}</label>
              <input id="ws-export-pass" type="password" className="input" autoComplete="new-password" value={passphrase}
                onChange={(e) => setPassphrase(e.target.value)} aria-describedby="ws-export-help ws-export-strength"
                aria-invalid={touched && (tooShort || weak)} />
              {passphrase.length >= 8 && strength && <PassphraseFeedback id="ws-export-strength" strength={strength} asError={touched} />}
            </div>
            <div className="field">
              <label htmlFor="ws-export-pass2" className="field-label">{t('passphraseConfirmLabel')}</label>
              <input id="ws-export-pass2" type="password" className="input" autoComplete="new-password" value={again}
                onChange={(e) => setAgain(e.target.value)} aria-invalid={touched && mismatch} />
            </div>
            {problem && <p className="field-error" role="alert">{problem}</p>}
          </div>
        )}
        <button type="submit" className="button button-primary" disabled={exporter.isPending}>{t('exportButton')}</button>
        {exporter.isPending && <BusyIndicator label={t('exporting')} />}
      </form>
      {done && (
        <div role="status" className="ws-result">
          <p className="saved-hint">
            {t('exportDone')} {done.saved === 'downloaded' ? t('exportDownloaded') : t('exportSavedTo', { path: done.saved })}
          </p>
          <p>
            {t('fingerprintLabel')}: <strong className="ws-fingerprint" data-testid="export-fingerprint">{done.fingerprint}</strong>
          </p>
          <p className="field-help">{t('fingerprintHelp')}</p>
        </div>
      )}
      {refusedAsWeak ? <p className="field-error" role="alert">{t('passphraseWeak')}</p> : <ErrorMessage error={exporter.error} />}
    </section>
  );
}
