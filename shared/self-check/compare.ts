import type { Catalog, CatalogQuestion } from './catalog-types';
import { points, type AnswerMap, type AnswerValue } from './scoring';

export type Change = 'improved' | 'worse' | 'same';

export interface ComparedItem {
  question: CatalogQuestion;
  before: AnswerValue | null;
  after: AnswerValue | null;
  change: Change;
}

/** Item by item, by points: 一部 → 実施 is improved, 実施 → わからない is worse. */
export function compareAnswers(catalog: Catalog, before: AnswerMap, after: AnswerMap): ComparedItem[] {
  return catalog.questions.map((question) => {
    const a = before[question.id]?.value ?? null;
    const b = after[question.id]?.value ?? null;
    const pa = a === null ? null : points[a];
    const pb = b === null ? null : points[b];
    const change: Change = pa === pb || pa === null || pb === null ? 'same' : pb > pa ? 'improved' : 'worse';
    return { question, before: a, after: b, change };
  });
}
