import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Router, Switch } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { usePrepareWorkspace, useSettings, useWindowWorkspace } from './api/use-app-queries';
import { AppShell } from './components/AppShell';
import { ErrorMessage } from './components/ErrorMessage';
import { StorageNotices } from './components/StorageNotices';
import { OnboardingPage } from './features/profile';
import { useProfile } from './features/profile';
import { applyLanguage } from './i18n';
import { appRoutes } from './features';

/** Hash routing works the same under app:// and the browser host's http://127.0.0.1. */
export function App() {
  const { t } = useTranslation();
  const settings = useSettings();
  const workspace = useWindowWorkspace();
  const profile = useProfile(workspace.ready);
  usePrepareWorkspace(workspace.windowId ?? undefined);

  useEffect(() => {
    if (settings.data) applyLanguage(settings.data.language);
  }, [settings.data]);

  if (settings.error || workspace.error || profile.error) {
    return (
      <main className="fatal">
        <ErrorMessage error={settings.error ?? workspace.error ?? profile.error} />
      </main>
    );
  }
  if (settings.isLoading || !workspace.ready || profile.isLoading) {
    return <p className="loading" role="status">{t('states.loading')}</p>;
  }
  if (!profile.data) {
    return (
      <>
        <StorageNotices />
        <OnboardingPage />
      </>
    );
  }
  return (
    // Keyed by company: a switch starts every page afresh, so no half-filled form carries over.
    <Router key={workspace.windowId} hook={useHashLocation}>
      <AppShell>
        <Switch>
          {appRoutes.map(({ path, component, nest }) => (
            <Route key={path} path={path} component={component} nest={nest ?? false} />
          ))}
        </Switch>
      </AppShell>
    </Router>
  );
}
