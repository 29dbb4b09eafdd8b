import { useTranslation } from 'react-i18next';
import { sameNamedCompany } from '../../../../shared/workspaces/same-name';
import { useWorkspaceList } from './use-workspaces';

/** Warns (never refuses) while a typed company name matches another company's. */
export function SameNameWarning({ name, exceptId }: { name: string; exceptId?: string }) {
  const { t } = useTranslation('workspaces');
  const same = sameNamedCompany(useWorkspaceList().data ?? [], name, exceptId);
  if (!same) return null;
  return <p className="alert alert-warning" role="status">{t('duplicateName', { name: same.name })}</p>;
}
