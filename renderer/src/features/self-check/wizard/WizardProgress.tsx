import { useTranslation } from 'react-i18next';
import type { Catalog } from '../../../../../shared/self-check/catalog';
import type { ScoreResult } from '../../../../../shared/self-check/scoring';
import { partKey } from '../model';

/** "Question n / 25", a bar of answered questions, and how far each part has got. */
export function WizardProgress({ catalog, score, index }: { catalog: Catalog; score: ScoreResult; index: number }) {
  const { t } = useTranslation('selfCheck');
  const total = catalog.questions.length;
  const current = catalog.questions[index]!;
  return (
    <div className="wizard-progress">
      <p className="wizard-count">
        <strong>{t('wizard.questionOf', { n: index + 1, total })}</strong>
        <span className="muted"> · {t('wizard.progress', { answered: score.answered, total })}</span>
      </p>
      <div
        className="progress-bar"
        role="progressbar"
        aria-label={t('wizard.progress', { answered: score.answered, total })}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={score.answered}
      >
        <span style={{ width: `${(score.answered / total) * 100}%` }} />
      </div>
      <ul className="part-progress">
        {score.parts.map((p) => (
          <li key={p.part} className={p.part === current.part ? 'part-current' : undefined}>
            {t('wizard.partProgress', { part: t(`parts.${partKey(p.part)}`), answered: p.answered, total: p.questions })}
          </li>
        ))}
      </ul>
    </div>
  );
}
