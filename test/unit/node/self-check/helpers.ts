import { questionIds, type QuestionId } from '../../../../shared/self-check/question-ids';
import type { AnswerValue } from '../../../../shared/self-check/scoring';
import type { Answer } from '../../../../shared/self-check/schema';

/** Answers from a 25-letter string: y(es) p(artly) n(o) u(nknown), '.' = unanswered. */
export function answersFrom(code: string): Partial<Record<QuestionId, Answer>> {
  const map: Record<string, AnswerValue> = { y: 'yes', p: 'partly', n: 'no', u: 'unknown' };
  const out: Partial<Record<QuestionId, Answer>> = {};
  questionIds.forEach((id, i) => {
    const value = map[code.replace(/\s/g, '')[i] ?? '.'];
    if (value) out[id] = { value, note: '', answeredAt: '2026-01-01T00:00:00.000Z' };
  });
  return out;
}
