import { useCallback, type ReactNode } from 'react';
import { Building2 } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link, useRoute } from 'wouter';
import { useAppInfo, useCurrentWorkspace } from '../api/use-app-queries';
import { appRoutes, type AppRoute } from '../features';
import { Brand } from './Brand';
import { StorageNotices } from './StorageNotices';
import { CompanySwitcher } from '../features/workspaces';
import { useFocusHeadingOnRouteChange } from './use-focus-heading';

const alwaysShown = () => true;

function NavItem({ route }: { route: AppRoute }) {
  const { t } = useTranslation();
  // Fixed per route, so the same hooks run on every render.
  const useShown = route.useShown ?? alwaysShown;
  const shown = useShown();
  const [exact] = useRoute(route.path);
  const [nested] = useRoute(route.path === '/' ? '/' : `${route.path}/*?`);
  const active = exact || nested;
  const Icon = route.icon;
  if (!shown) return null;
  return (
    <li>
      <Link href={route.path} className={`nav-link${active ? ' active' : ''}`} aria-current={active ? 'page' : undefined}>
        <Icon aria-hidden="true" size={20} />
        <span>{t(`nav.${route.navKey}`)}</span>
      </Link>
    </li>
  );
}

/** The frame every page sits in: menu, the company being shown, storage notices, content. */
export function AppShell({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { data: workspace } = useCurrentWorkspace();
  const { data: info } = useAppInfo();
  useFocusHeadingOnRouteChange(useCallback(() => document.getElementById('main'), []));
  return (
    <div className="shell">
      <a href="#main" className="skip-link" onClick={(e) => { e.preventDefault(); document.getElementById('main')?.focus(); }}>
        {t('skipToContent')}
      </a>
      <aside className="sidebar">
        <Brand />
        <nav aria-label={t('nav.label')}>
          <ul className="nav-list">
            {appRoutes.map((route) => (
              <NavItem key={route.path} route={route} />
            ))}
          </ul>
        </nav>
        {info?.host === 'browser' && <p className="sidebar-footnote">{t('hostNotice.browser')}</p>}
      </aside>
      <div className="content">
        <div className="topbar">
          <Building2 aria-hidden="true" size={18} />
          <span className="topbar-label">{t('currentCompany')}</span>
          <strong data-testid="current-company">{workspace?.name}</strong>
          {workspace?.isDemo && <span className="badge badge-demo">{t('demoBadge')}</span>}
          <CompanySwitcher />
        </div>
        <main id="main" tabIndex={-1}>
          <StorageNotices />
          {children}
        </main>
      </div>
    </div>
  );
}
