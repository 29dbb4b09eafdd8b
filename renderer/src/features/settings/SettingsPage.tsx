import { useTranslation } from 'react-i18next';
import { useAppInfo, useCreateDemoWorkspace } from '../../api/use-app-queries';
import { ErrorMessage } from '../../components/ErrorMessage';
import { InPageNav } from '../../components/InPageNav';
import { PageHeader } from '../../components/PageHeader';
import { ProfileForm } from '../profile';
import { useProfile } from '../profile';
import { LanguageSwitch } from './LanguageSwitch';
import { WorkspacesSettings } from '../workspaces';
import { SupportSection } from '../support';
import { SamplePortfolioSection } from '../portfolio';

export function SettingsPage() {
  const { t } = useTranslation(['settings', 'common']);
  const { data: profile, isLoading } = useProfile();
  const { data: info } = useAppInfo();
  const demo = useCreateDemoWorkspace();
  return (
    <>
      <PageHeader title={t('title')} />
      {/* A long page (about 3,900px): its sections listed first. */}
      <InPageNav />
      <section className="settings-section" aria-labelledby="settings-language">
        <h2 id="settings-language">{t('languageTitle')}</h2>
        <p className="muted">{t('languageLead')}</p>
        <LanguageSwitch hideLegend />
      </section>
      <section className="settings-section" aria-labelledby="settings-profile">
        <h2 id="settings-profile">{t('profileTitle')}</h2>
        <p className="muted">{t('profileLead')}</p>
        {!isLoading && <ProfileForm key={profile?.name ?? 'new'} initial={profile ?? null} submitLabel={t('common:actions.save')} />}
      </section>
      <section className="settings-section card" aria-labelledby="settings-demo">
        <h2 id="settings-demo">{t('demoTitle')}</h2>
        <p className="muted">{t('demoLead')}</p>
        <button type="button" className="button button-secondary" onClick={() => demo.mutate()} disabled={demo.isPending}>
          {t('demoButton')}
        </button>
        {demo.isSuccess && <p role="status" className="saved-hint">{t('demoCreated')}</p>}
        <ErrorMessage error={demo.error} />
      </section>
      <SamplePortfolioSection />
      <WorkspacesSettings />
      <section className="settings-section card" aria-labelledby="settings-data">
        <h2 id="settings-data">{t('dataTitle')}</h2>
        <p className="muted">{t('dataLead')}</p>
        <p className="mono-path">{info?.dataDir}</p>
        <p className="muted">{info && t('version', { version: info.version })}</p>
      </section>
      <SupportSection />
    </>
  );
}
