import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../../../shared/registers/contract';
import { enumValues, type RegisterKind } from '../../../../shared/registers/fields';
import type { RowError } from '../../../../shared/registers/spreadsheet/import-rows';
import { getApi } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';

/** How many row problems are listed one by one; the rest are counted. */
const listed = 50;

/** What an import would do, before anything is saved: counts, columns used and not, each bad row. */
export function ImportPreviewCard({ kind, preview, onFinished }: { kind: RegisterKind; preview: ImportPreview; onFinished: (message: string | null) => void }) {
  const { t } = useTranslation('registers');
  const rows = preview.toAdd + preview.toUpdate;
  const commit = useMutation({ mutationFn: () => getApi().registers.importCommit({ token: preview.token }) });
  const cancel = () => {
    void getApi().registers.importCancel({ token: preview.token }).catch(() => undefined);
    onFinished(null);
  };
  const confirm = async () => {
    const done = await commit.mutateAsync().catch(() => null);
    if (done) onFinished(t('sheet.done', done));
  };
  const labels = t(`fields.${kind}`, { returnObjects: true }) as Record<string, string>;
  const choices = (of: RowError['choices']) =>
    of === undefined ? '' : of === 'yesNo' ? `${t('values.yes')} / ${t('values.no')}` : enumValues[of].map((v) => t(`values.${of}.${v}` as 'values.yes')).join(' / ');
  const problems = [
    ...preview.errors.map((e) => ({ row: e.row, text: t('sheet.errorRow', { row: e.row, field: e.field === 'id' ? 'ID' : (labels[e.field] ?? e.field), message: t(`fieldErrors.${e.code}` as 'fieldErrors.invalid', { choices: choices(e.choices), limit: e.limit?.toLocaleString() ?? '' }) }) })),
    ...preview.duplicates.map((d) => ({ row: d.row, text: t('sheet.duplicateRow', { row: d.row, sameAs: d.sameAsRow === null ? t('sheet.duplicateOfExisting') : t('sheet.duplicateOfRow', { row: d.sameAsRow }) }) })),
  ].sort((a, b) => a.row - b.row);
  const errorRows = new Set(preview.errors.map((e) => e.row)).size;

  return (
    <div className="register-preview" role="region" aria-labelledby="register-preview-title" data-testid="import-preview">
      <h3 id="register-preview-title">{t('sheet.previewHeading')}</h3>
      <p className="muted">{t('sheet.previewSheet', { sheet: preview.sheet, row: preview.headerRow })}</p>
      <ul className="register-preview-counts">
        <li>{t('sheet.toAdd', { count: preview.toAdd })}</li>
        <li>{t('sheet.toUpdate', { count: preview.toUpdate })}</li>
        {errorRows > 0 && <li className="register-preview-bad">{t('sheet.withErrors', { count: errorRows })}</li>}
        {preview.duplicates.length > 0 && <li>{t('sheet.duplicates', { count: preview.duplicates.length })}</li>}
        {preview.unchanged > 0 && <li className="muted">{t('sheet.unchanged', { count: preview.unchanged })}</li>}
      </ul>
      <p>{t('sheet.mapped', { columns: preview.mapped.join(t('listSeparator')) })}</p>
      {preview.ignored.length > 0 && <p className="muted">{t('sheet.ignored', { columns: preview.ignored.join(t('listSeparator')) })}</p>}
      {problems.length > 0 && (
        <ul className="register-preview-problems" aria-label={t('sheet.withErrors', { count: errorRows })}>
          {problems.slice(0, listed).map((p, i) => (
            <li key={i}>{p.text}</li>
          ))}
          {problems.length > listed && <li>{t('sheet.moreErrors', { count: problems.length - listed })}</li>}
        </ul>
      )}
      <ErrorMessage error={commit.error} />
      {rows === 0 && <p>{t('sheet.nothing')}</p>}
      <div className="form-actions">
        <button type="button" className="button button-primary" disabled={rows === 0 || commit.isPending} onClick={() => void confirm()} data-register={kind}>{t('sheet.confirm', { count: rows })}</button>
        <button type="button" className="button button-secondary" onClick={cancel}>{t('sheet.cancel')}</button>
      </div>
    </div>
  );
}
