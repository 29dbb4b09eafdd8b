import { Construction } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from './PageHeader';

/** Said plainly on a page whose feature is not built yet, instead of an empty screen. */
export function ComingSoon({ feature }: { feature: string }) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={feature} />
      <section className="card empty-state" aria-labelledby="coming-soon-title">
        <Construction aria-hidden="true" size={40} />
        <h2 id="coming-soon-title">{t('notBuilt.title')}</h2>
        <p>{t('notBuilt.body', { feature })}</p>
      </section>
    </>
  );
}
