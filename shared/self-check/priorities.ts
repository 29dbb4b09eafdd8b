import type { ProvenWeakness } from './weakness';
import type { Catalog, CatalogQuestion } from './catalog-types';
import type { AnswerMap, AnswerValue } from './scoring';

export interface PriorityItem {
  question: CatalogQuestion;
  value: AnswerValue | null;
  /** Incidents that showed this measure was weak, whatever the answer said. */
  provenBy: ProvenWeakness[];
  rank: number;
}

/**
 * Lower rank = do it sooner: missing or unknown basics (part 1) first, then anything an incident
 * proved weak, then other 0-point answers, other unknowns, and finally partly-done measures.
 */
function rankOf(question: CatalogQuestion, value: AnswerValue | null, proven: boolean): number | null {
  const basic = question.part === 1;
  if (basic && (value === 'no' || value === 'unknown' || value === null)) return 0;
  if (proven) return 1;
  if (value === 'no' || value === null) return 2;
  if (value === 'unknown') return 3;
  if (value === 'partly') return basic ? 4 : 5;
  return null;
}

export function prioritisedActions(catalog: Catalog, answers: AnswerMap, weaknesses: ProvenWeakness[]): PriorityItem[] {
  const items: PriorityItem[] = [];
  for (const question of catalog.questions) {
    const value = answers[question.id]?.value ?? null;
    const provenBy = weaknesses.filter((w) => w.questionId === question.id);
    const rank = rankOf(question, value, provenBy.length > 0);
    if (rank !== null) items.push({ question, value, provenBy, rank });
  }
  return items.sort((a, b) => a.rank - b.rank || a.question.number - b.question.number);
}

/** The わからない answers, in sheet order: questions to ask the support provider. */
export function unknownQuestions(catalog: Catalog, answers: AnswerMap): CatalogQuestion[] {
  return catalog.questions.filter((q) => answers[q.id]?.value === 'unknown');
}
