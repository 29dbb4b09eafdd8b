import type { Assessment } from './schema';
import type { ProvenWeakness } from './weakness';
import type { SummaryQuestionLine, SummarySelfCheck } from '../summary/input';
import { catalogFor } from './catalog';
import type { Catalog, CatalogQuestion } from './catalog-types';
import { prioritisedActions, unknownQuestions } from './priorities';
import { scoreAnswers } from './scoring';
import type { Language } from '../settings/schema';
import { localDay } from '../dates/local-day';

/** Finished checks, oldest first. */
export function finishedAssessments(assessments: Assessment[]): (Assessment & { completedAt: string })[] {
  return assessments
    .filter((a): a is Assessment & { completedAt: string } => a.completedAt !== null)
    .sort((a, b) => a.completedAt.localeCompare(b.completedAt));
}

/**
 * The self-check part of the consultation summary: the latest finished check, scored against
 * the catalog it was answered with (falling back to `catalog`), or null when none is finished.
 * `history` lists every finished check oldest first, the latest included, so a trend line ends
 * at the score the summary shows.
 */
export function toSummarySelfCheck(
  assessments: Assessment[],
  catalog: Catalog,
  weaknesses: ProvenWeakness[],
  language: Language,
): SummarySelfCheck | null {
  const finished = finishedAssessments(assessments);
  const latest = finished.at(-1);
  if (!latest) return null;
  const used = catalogFor(latest.catalogVersion) ?? catalog;
  const score = scoreAnswers(used, latest.answers);
  if (!score.complete) return null;
  const line = (q: CatalogQuestion, provenBy: ProvenWeakness[] = []): SummaryQuestionLine => {
    const answer = latest.answers[q.id]!;
    return {
      questionId: q.id,
      label: q.text[language].label,
      answer: answer.value,
      advice: q.text[language].todo,
      note: answer.note,
      provenBy: provenBy.map((w) => ({ incidentTitle: w.incidentTitle, markedOn: localDay(new Date(w.markedAt)) })),
    };
  };
  return {
    catalogVersion: latest.catalogVersion,
    completedAt: latest.completedAt,
    total: score.total,
    band: score.band,
    parts: score.parts.map(({ part, score: s, max, percent }) => ({ part, score: s, max, percent })),
    weakItems: prioritisedActions(used, latest.answers, weaknesses)
      .filter((item) => item.value !== 'unknown' || item.provenBy.length > 0)
      .map((item) => line(item.question, item.provenBy)),
    unknownItems: unknownQuestions(used, latest.answers).map((q) => line(q)),
    answers: Object.fromEntries(
      Object.entries(latest.answers).map(([id, a]) => [id, { answer: a!.value, answeredAt: a!.answeredAt.slice(0, 10) }]),
    ),
    history: finished.map((a) => ({ completedAt: a.completedAt, total: scoreAnswers(catalogFor(a.catalogVersion) ?? catalog, a.answers).total ?? 0 })),
  };
}
