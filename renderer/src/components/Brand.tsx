import { ShieldCheck } from 'lucide-react';
import { useTranslation } from 'react-i18next';

/** The app's name and tagline with its mark, as shown in the menu and on the first-run screen. */
export function Brand({ size = 30 }: { size?: number }) {
  const { t } = useTranslation();
  return (
    <div className="brand">
      <ShieldCheck aria-hidden="true" size={size} className="brand-mark" />
      <div>
        <div className="brand-name">{t('appName')}</div>
        <div className="brand-tagline">{t('appTagline')}</div>
      </div>
    </div>
  );
}
