import { useMutation } from '@tanstack/react-query';
import type { ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkbookView } from '../../../../shared/scs/contract';
import type { OfficialProblem } from '../../../../shared/scs/official';
import { ApiCallError } from '../../api/api-error';
import { getApi } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';

async function base64Of(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Import the user's own official criteria workbook; report its version, hash and how it matches ours. */
export function OfficialPanel({ view }: { view: WorkbookView }) {
  const { t } = useTranslation('scs');
  const load = useMutation({ mutationFn: async (file: File) => getApi().scs.importOfficial({ fileName: file.name, base64: await base64Of(file) }) });
  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (file) load.mutate(file);
    event.target.value = '';
  };
  const problem = load.error instanceof ApiCallError ? (load.error.issues?.[0]?.code as OfficialProblem | undefined) : undefined;
  const official = view.official;
  return (
    <section className="card scs-official" aria-labelledby="scs-official-heading">
      <h2 id="scs-official-heading">{t('official.heading')}</h2>
      <p className="scs-muted">{t('official.lead')}</p>
      <label className="button button-secondary scs-file">
        {t('official.choose')}
        <input type="file" accept=".xlsx" className="visually-hidden" onChange={onChange} />
      </label>
      {problem ? <p className="alert alert-error" role="alert">{t(`official.problems.${problem}`, { version: view.workbook.frameworkVersion })}</p> : <ErrorMessage error={load.error} />}
      {official && (
        <div role="status">
          <p>{t('official.imported', { fileName: official.fileName, version: official.version, hash: official.sha256.slice(0, 12), matched: official.matched })}</p>
          {official.missingInFile.length > 0 && <p>{t('official.missing', { ids: official.missingInFile.join('、') })}</p>}
          {official.extraInFile.length > 0 && <p>{t('official.extra', { ids: official.extraInFile.join('、') })}</p>}
        </div>
      )}
    </section>
  );
}
