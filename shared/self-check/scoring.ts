import type { Catalog, CatalogPart } from './catalog-types';
import type { QuestionId } from './question-ids';

export const answerValues = ['yes', 'partly', 'no', 'unknown'] as const;
export type AnswerValue = (typeof answerValues)[number];

/** 実施している 4, 一部実施している 2, 実施していない 0, わからない −1 (IPA's sheet). */
export const points: Record<AnswerValue, number> = { yes: 4, partly: 2, no: 0, unknown: -1 };
export const maxPointsPerQuestion = 4;

export type Band = 'complete' | 'mostly' | 'gaps' | 'urgent';
export const bands: readonly Band[] = ['complete', 'mostly', 'gaps', 'urgent'];

/** 100; 70–99; 50–69; ≤49. */
export function bandOf(total: number): Band {
  if (total >= 100) return 'complete';
  if (total >= 70) return 'mostly';
  if (total >= 50) return 'gaps';
  return 'urgent';
}

export interface PartScore {
  part: CatalogPart;
  score: number;
  max: number;
  /** score / max as 0–100, floored at 0 (わからない can push a part below zero). */
  percent: number;
  answered: number;
  questions: number;
}

export type AnswerMap = Partial<Record<QuestionId, { value: AnswerValue }>>;

export type ScoreResult =
  | { complete: true; total: number; band: Band; parts: PartScore[]; answered: number; questions: number }
  | { complete: false; total: null; band: null; parts: PartScore[]; answered: number; questions: number };

export function percentOf(score: number, max: number): number {
  if (max <= 0) return 0;
  return Math.max(0, Math.round((score / max) * 100));
}

/**
 * Scores a set of answers against its catalog. An unanswered question is not "わからない": while
 * any is missing the result is incomplete and carries no total or band, only progress.
 */
export function scoreAnswers(catalog: Catalog, answers: AnswerMap): ScoreResult {
  const parts = ([1, 2, 3] as const).map((part): PartScore => {
    const qs = catalog.questions.filter((q) => q.part === part);
    let score = 0;
    let answered = 0;
    for (const q of qs) {
      const answer = answers[q.id];
      if (!answer) continue;
      answered += 1;
      score += points[answer.value];
    }
    const max = qs.length * maxPointsPerQuestion;
    return { part, score, max, percent: percentOf(score, max), answered, questions: qs.length };
  });
  const answered = parts.reduce((n, p) => n + p.answered, 0);
  const questions = catalog.questions.length;
  if (answered < questions) return { complete: false, total: null, band: null, parts, answered, questions };
  const total = parts.reduce((n, p) => n + p.score, 0);
  return { complete: true, total, band: bandOf(total), parts, answered, questions };
}
