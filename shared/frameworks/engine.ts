import type { Framework, PartDef, PlacedCriterion, ScaleValue } from './types';

/** Every criterion of a framework in order, with its part and requirement. */
export function criteriaOf(framework: Framework): PlacedCriterion[] {
  return framework.parts.flatMap((part) => part.requirements.flatMap((req) => req.criteria.map((c) => ({ ...c, partId: part.id, requirementId: req.id }))));
}

export function findCriterion(framework: Framework, criterionId: string): PlacedCriterion | null {
  return criteriaOf(framework).find((c) => c.id === criterionId) ?? null;
}

export function scaleValue(framework: Framework, value: string): ScaleValue | null {
  return framework.scale.find((s) => s.value === value) ?? null;
}

/** The minimum an answer needs to be judged: its value. */
export type AnswerLike = { value: string };
export type AnswerTable = Readonly<Record<string, AnswerLike | undefined>>;

/** Whether an answer counts towards conformity (always false for a points framework). */
export function passes(framework: Framework, answer: AnswerLike | undefined): boolean {
  return !!answer && framework.rules.kind === 'conformity' && framework.rules.passing.includes(answer.value);
}

export interface PartProgress {
  partId: string;
  criteria: number;
  answered: number;
  /** Answers that pass (conformity) — 0 for a points framework. */
  passing: number;
  /** Points given and possible (points framework) — 0 for a conformity framework. */
  points: number;
  maxPoints: number;
}

function progressOf(framework: Framework, part: PartDef, answers: AnswerTable): PartProgress {
  const criteria = part.requirements.flatMap((r) => r.criteria);
  const given = criteria.map((c) => answers[c.id]).filter((a): a is AnswerLike => !!a);
  const max = framework.rules.kind === 'points' ? framework.rules.maxPerCriterion : 0;
  return {
    partId: part.id,
    criteria: criteria.length,
    answered: given.length,
    passing: given.filter((a) => passes(framework, a)).length,
    points: given.reduce((sum, a) => sum + (scaleValue(framework, a.value)?.points ?? 0), 0),
    maxPoints: criteria.length * max,
  };
}

/** Progress of every part: answered, passing, points. */
export function progressByPart(framework: Framework, answers: AnswerTable): PartProgress[] {
  return framework.parts.map((part) => progressOf(framework, part, answers));
}

/** The criteria that stand between the answers and conformity: unanswered, or answered without passing. */
export function blockers(framework: Framework, answers: AnswerTable): PlacedCriterion[] {
  if (framework.rules.kind !== 'conformity') return [];
  return criteriaOf(framework).filter((c) => !passes(framework, answers[c.id]));
}

/** Conforms when nothing blocks; a points framework never "conforms", it scores. */
export function conforms(framework: Framework, answers: AnswerTable): boolean {
  return framework.rules.kind === 'conformity' && blockers(framework, answers).length === 0;
}

/** Total points over all parts (a points framework), or null while any criterion is unanswered. */
export function totalPoints(framework: Framework, answers: AnswerTable): number | null {
  const parts = progressByPart(framework, answers);
  if (parts.some((p) => p.answered < p.criteria)) return null;
  return parts.reduce((sum, p) => sum + p.points, 0);
}
