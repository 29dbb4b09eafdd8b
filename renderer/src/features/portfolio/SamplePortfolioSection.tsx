import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useCreateSamplePortfolio } from './use-portfolio';

/** Settings: "create a sample portfolio", to explore the portfolio and statistics. */
export function SamplePortfolioSection() {
  const { t } = useTranslation('portfolio');
  const create = useCreateSamplePortfolio();
  return (
    <section className="settings-section card" aria-labelledby="settings-sample-portfolio">
      <h2 id="settings-sample-portfolio">{t('sample.title')}</h2>
      <p className="muted">{t('sample.lead')}</p>
      <button type="button" className="button button-secondary" onClick={() => create.mutate()} disabled={create.isPending}>{t('sample.button')}</button>
      {create.data && <p role="status" className="saved-hint">{create.data.created > 0 ? t('sample.created', { count: create.data.created }) : t('sample.none')}</p>}
      <ErrorMessage error={create.error} />
    </section>
  );
}
