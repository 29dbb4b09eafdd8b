import { useTranslation } from 'react-i18next';
import { ApiCallError } from '../../api/api-error';
import { ErrorMessage } from '../../components/ErrorMessage';
import { workspaces as ja } from '../../../../shared/workspaces/i18n/ja';

type Problem = keyof typeof ja.importProblem;

/** Why a file was refused, in words a shop owner can act on; other failures use the generic text. */
export function ImportProblemMessage({ error }: { error: unknown }) {
  const { t } = useTranslation(['workspaces', 'errors']);
  if (!error) return null;
  const code = error instanceof ApiCallError ? error.issues[0]?.code : undefined;
  // The request schema's own size limit (over 60 MB) means the same thing to the user.
  const problem = (code === 'too_big' ? 'too_large' : code) as Problem | undefined;
  if (!problem || !(problem in ja.importProblem)) return <ErrorMessage error={error} />;
  return (
    <div className="alert alert-error" role="alert" data-problem={problem}>
      <strong>{t('errors:title')}</strong>
      <p>{t(`importProblem.${problem}`)}</p>
    </div>
  );
}
