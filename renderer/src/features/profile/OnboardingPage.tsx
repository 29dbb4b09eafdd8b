import { Sparkles } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useCreateDemoWorkspace } from '../../api/use-app-queries';
import { Brand } from '../../components/Brand';
import { ErrorMessage } from '../../components/ErrorMessage';
import { LanguageSwitch } from '../settings';
import { ProfileForm } from './ProfileForm';

/** First run: the only question that must be answered is the company's name. */
export function OnboardingPage() {
  const { t } = useTranslation(['profile', 'common']);
  const demo = useCreateDemoWorkspace();
  return (
    <div className="onboarding">
      <header className="onboarding-header">
        <Brand size={34} />
        <LanguageSwitch compact />
      </header>
      <main id="main" className="onboarding-main">
        <h1>{t('onboarding.title')}</h1>
        <p className="page-lead">{t('onboarding.lead')}</p>
        <p className="privacy-note">{t('onboarding.privacy')}</p>
        <ProfileForm initial={null} submitLabel={t('onboarding.submit')} />
        <section className="card demo-card" aria-labelledby="demo-title">
          <Sparkles aria-hidden="true" size={22} />
          <div>
            <p id="demo-title">{t('onboarding.demoLead')}</p>
            <button type="button" className="button button-secondary" onClick={() => demo.mutate()} disabled={demo.isPending}>
              {t('onboarding.demoButton')}
            </button>
            <ErrorMessage error={demo.error} />
          </div>
        </section>
      </main>
    </div>
  );
}
