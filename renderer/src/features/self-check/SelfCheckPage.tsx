import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';

const SelfCheckRoutes = lazy(() => import('./SelfCheckRoutes'));

/** The route entry: a tiny shell that loads the self-check pages (and recharts) on first visit. */
export function SelfCheckPage() {
  const { t } = useTranslation();
  return (
    <Suspense fallback={<p className="loading" role="status">{t('states.loading')}</p>}>
      <SelfCheckRoutes />
    </Suspense>
  );
}
