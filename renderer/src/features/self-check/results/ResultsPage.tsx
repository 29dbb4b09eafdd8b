import { useTranslation } from 'react-i18next';
import { currentCatalogVersion } from '../../../../../shared/self-check/catalog';
import { unknownQuestions } from '../../../../../shared/self-check/priorities';
import { scoreAnswers } from '../../../../../shared/self-check/scoring';
import { PageHeader } from '../../../components/PageHeader';
import { formatDate } from '../../../i18n/format';
import { useLanguage } from '../../../i18n/use-language';
import { catalogOf, partKey } from '../model';
import { useAssessments, useWeaknesses } from '../use-self-check';
import { NextSteps } from './NextSteps';
import { PartCharts } from './PartCharts';
import { ScoreBadge } from './ScoreBadge';

/** One finished check: total and band, part charts, questions for the supporter, what to do next. */
export function ResultsPage({ id }: { id: string }) {
  const { t } = useTranslation(['selfCheck', 'common']);
  const language = useLanguage();
  const assessments = useAssessments();
  const weaknesses = useWeaknesses();
  if (assessments.isLoading) return <p className="loading" role="status">{t('common:states.loading')}</p>;
  const assessment = assessments.data?.find((a) => a.id === id);
  if (!assessment) return <p className="alert alert-warning">{t('results.notFound')}</p>;
  const catalog = catalogOf(assessment);
  const score = scoreAnswers(catalog, assessment.answers);
  const unknown = unknownQuestions(catalog, assessment.answers);
  const date = assessment.completedAt ? formatDate(assessment.completedAt, language) : '';

  return (
    <>
      <PageHeader title={t('results.title')} lead={`${t('results.completedOn', { date })} · ${t('results.catalog', { version: assessment.catalogVersion })}`} />
      {assessment.catalogVersion !== currentCatalogVersion && (
        <p className="alert alert-warning">{t('results.olderCatalog', { version: assessment.catalogVersion })}</p>
      )}
      <section className="card results-summary" aria-label={t('results.total')}>
        <ScoreBadge assessment={assessment} withMeaning />
      </section>
      <section className="card" aria-labelledby="parts-title">
        <h2 id="parts-title">{t('results.partsTitle')}</h2>
        <ul className="part-scores">
          {score.parts.map((p) => (
            <li key={p.part}>
              <strong>{t(`parts.${partKey(p.part)}`)}</strong> {t('results.partScore', { score: p.score, max: p.max, percent: p.percent })}
            </li>
          ))}
        </ul>
        <PartCharts parts={score.parts} />
      </section>
      <section className="card" aria-labelledby="unknown-title">
        <h2 id="unknown-title">{t('results.unknownTitle')}</h2>
        {unknown.length === 0 ? (
          <p className="muted">{t('results.noUnknown')}</p>
        ) : (
          <>
            <p className="muted">{t('results.unknownLead')}</p>
            <ul className="unknown-list">
              {unknown.map((q) => (
                <li key={q.id}>
                  <strong>{q.number}. {q.text[language].question}</strong>
                  {assessment.answers[q.id]?.note && <span className="muted"> — {assessment.answers[q.id]!.note}</span>}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
      <NextSteps catalog={catalog} assessment={assessment} weaknesses={weaknesses.data ?? []} />
    </>
  );
}
