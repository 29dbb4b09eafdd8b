import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { scoreAnswers } from '../../../../../shared/self-check/scoring';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { PageHeader } from '../../../components/PageHeader';
import { useLanguage } from '../../../i18n/use-language';
import { catalogOf, openAssessment, partKey } from '../model';
import { useAssessments, useFinishAssessment } from '../use-self-check';

/** Every answer on one page before finishing; an incomplete check cannot be finished. */
export function ReviewPage() {
  const { t } = useTranslation(['selfCheck', 'common']);
  const language = useLanguage();
  const [, navigate] = useLocation();
  const assessments = useAssessments();
  const finish = useFinishAssessment();
  const open = openAssessment(assessments.data);
  if (assessments.isLoading) return <p className="loading" role="status">{t('common:states.loading')}</p>;
  if (!open) return <ErrorMessage error={assessments.error ?? new Error('none')} />;
  const catalog = catalogOf(open);
  const score = scoreAnswers(catalog, open.answers);
  const missing = score.questions - score.answered;
  const onFinish = () => finish.mutate(open.id, { onSuccess: (done) => navigate(`/results/${done.id}`) });

  return (
    <>
      <PageHeader title={t('review.title')} lead={t('review.lead')} />
      {/* Finishing comes first: after the heading, one Tab reaches it, not 25 「変更」 links later. */}
      {missing > 0 && (
        <div className="alert alert-warning" role="status">
          {t('review.missing', { count: missing })}
        </div>
      )}
      <ErrorMessage error={finish.error} />
      <div className="form-actions review-finish">
        <button type="button" className="button button-primary" disabled={missing > 0 || finish.isPending} onClick={onFinish}>
          {t('review.finish')}
        </button>
      </div>
      {([1, 2, 3] as const).map((part) => (
        <section key={part} className="card review-part" aria-labelledby={`review-part-${part}`}>
          <h2 id={`review-part-${part}`}>{t(`parts.${partKey(part)}`)}</h2>
          <ol className="review-list" start={catalog.questions.find((q) => q.part === part)!.number}>
            {catalog.questions
              .filter((q) => q.part === part)
              .map((q) => {
                const answer = open.answers[q.id];
                return (
                  <li key={q.id} className="review-item">
                    <span className="review-label">{q.text[language].label}</span>
                    <span className={`answer-chip answer-${answer?.value ?? 'none'}`}>
                      {answer ? t(`answers.${answer.value}`) : t('review.unanswered')}
                    </span>
                    <Link href={`/wizard/${q.number}`} className="link-quiet" aria-label={`${t('review.change')}: ${q.number}. ${q.text[language].label}`}>
                      {t('review.change')}
                    </Link>
                  </li>
                );
              })}
          </ol>
        </section>
      ))}
      {missing === 0 && (
        <div className="form-actions">
          <button type="button" className="button button-secondary" disabled={finish.isPending} onClick={onFinish}>
            {t('review.finishBottom')}
          </button>
        </div>
      )}
    </>
  );
}
