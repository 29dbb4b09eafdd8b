import { useTranslation } from 'react-i18next';
import { scoreAnswers } from '../../../../../shared/self-check/scoring';
import type { Assessment } from '../../../../../shared/self-check/schema';
import { catalogOf } from '../model';

/** The total, "/ 100" and the band's name, coloured by band. */
export function ScoreBadge({ assessment, withMeaning = false }: { assessment: Assessment; withMeaning?: boolean }) {
  const { t } = useTranslation('selfCheck');
  const score = scoreAnswers(catalogOf(assessment), assessment.answers);
  if (!score.complete) return <p>{t('overview.incomplete', { answered: score.answered, total: score.questions })}</p>;
  return (
    <div className={`score band-${score.band}`}>
      <p className="score-line">
        <span className="visually-hidden">{t('results.total')}</span>
        <strong className="score-total" data-testid="score-total">{score.total}</strong>
        <span className="score-max">{t('results.outOf')}</span>
        <span className="band-name" data-testid="score-band">{t(`bands.${score.band}.name`)}</span>
      </p>
      {withMeaning && (
        <p className="band-meaning">
          {t(`bands.${score.band}.meaning`)} {t(`bands.${score.band}.next`)}
        </p>
      )}
    </div>
  );
}
