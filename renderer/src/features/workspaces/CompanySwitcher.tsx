import { useTranslation } from 'react-i18next';
import { getApi } from '../../api/client';
import { useCurrentWorkspace } from '../../api/use-app-queries';
import { useWorkspaceChange, useWorkspaceList } from './use-workspaces';
import './workspaces.css';

/** In the top bar, only when there is more than one company: an owner never sees it. */
export function CompanySwitcher() {
  const { t } = useTranslation('workspaces');
  const { data: list } = useWorkspaceList();
  const { data: current } = useCurrentWorkspace();
  const switchTo = useWorkspaceChange((id: string) => getApi().workspaces.switchTo({ id }));
  if (!list || list.length < 2 || !current) return null;
  return (
    <span className="ws-switcher">
      <label htmlFor="ws-switcher">{t('switcherShort')}</label>
      <select id="ws-switcher" className="input" aria-label={t('switcherLabel')} value={current.id} disabled={switchTo.isPending}
        onChange={(e) => switchTo.mutate(e.target.value)}>
        {list.map((meta) => (
          <option key={meta.id} value={meta.id}>{meta.name}</option>
        ))}
      </select>
    </span>
  );
}
