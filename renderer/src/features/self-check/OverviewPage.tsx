import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { scoreAnswers } from '../../../../shared/self-check/scoring';
import { ErrorMessage } from '../../components/ErrorMessage';
import { PageHeader } from '../../components/PageHeader';
import { formatDate } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { catalogOf, finishedNewestFirst, openAssessment } from './model';
import { ReadinessPanel } from './readiness/ReadinessPanel';
import { ScoreBadge } from './results/ScoreBadge';
import { useAssessments, useDiscardAssessment } from './use-self-check';

/** Start or resume a check, the latest result, and SECURITY ACTION readiness. */
export function OverviewPage() {
  const { t } = useTranslation(['selfCheck', 'common']);
  const language = useLanguage();
  const assessments = useAssessments();
  const discard = useDiscardAssessment();
  if (assessments.isLoading) return <p className="loading" role="status">{t('common:states.loading')}</p>;
  const open = openAssessment(assessments.data);
  const latest = finishedNewestFirst(assessments.data)[0];
  const progress = open ? scoreAnswers(catalogOf(open), open.answers) : null;

  return (
    <>
      <PageHeader title={t('title')} lead={t('lead')} />
      <ErrorMessage error={assessments.error ?? discard.error} />
      <div className="overview-grid">
        <section className="card" aria-labelledby="start-title">
          {open && progress ? (
            <>
              <h2 id="start-title">{t('overview.resumeTitle')}</h2>
              <p>{t('overview.resumeBody', { date: formatDate(open.startedAt, language), answered: progress.answered, total: progress.questions })}</p>
              <div className="form-actions">
                <Link href="/wizard" className="button button-primary">{t('overview.resume')}</Link>
                <button
                  type="button"
                  className="button button-secondary"
                  onClick={() => {
                    if (window.confirm(t('overview.discardConfirm'))) discard.mutate(open.id);
                  }}
                >
                  {t('overview.discard')}
                </button>
              </div>
            </>
          ) : (
            <>
              <h2 id="start-title">{t('overview.startTitle')}</h2>
              <p>{t('overview.startBody')}</p>
              <Link href="/wizard" className="button button-primary">{t('overview.start')}</Link>
            </>
          )}
        </section>
        <section className="card" aria-labelledby="latest-title">
          <h2 id="latest-title">{t('overview.latestTitle')}</h2>
          {latest ? (
            <>
              <p className="muted">{t('overview.latestBody', { date: formatDate(latest.completedAt!, language) })}</p>
              <ScoreBadge assessment={latest} />
              <Link href={`/results/${latest.id}`} className="button button-secondary">{t('overview.seeResults')}</Link>
            </>
          ) : (
            <p className="muted">{t('overview.noResult')}</p>
          )}
        </section>
      </div>
      <ReadinessPanel latest={latest} />
    </>
  );
}
