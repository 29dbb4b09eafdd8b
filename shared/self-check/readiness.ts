import type { Catalog } from './catalog-types';
import type { QuestionId } from './question-ids';
import type { AnswerMap } from './scoring';

export type RuleStatus = 'met' | 'partial' | 'missing';

export interface FiveRuleStatus {
  rule: number;
  questionId: QuestionId;
  status: RuleStatus;
}

export type TwoStarRequirement = 'selfCheck' | 'policy' | 'published';

export interface Readiness {
  fiveRules: FiveRuleStatus[];
  /** ★: the company can declare it works on all five rules. */
  oneStar: { ready: boolean; missingRules: number[] };
  /** ★★: a finished self-check, a basic policy, and that policy made public. */
  twoStar: { ready: boolean; missing: TwoStarRequirement[] };
}

export interface PolicyState {
  exists: boolean;
  publishedOn: string;
}

/**
 * SECURITY ACTION readiness from the latest answers. SECURITY ACTION is a self-declaration
 * (宣言), not a certification: this only says whether the company is ready to declare.
 */
export function readinessOf(catalog: Catalog, answers: AnswerMap | null, hasFinishedCheck: boolean, policy: PolicyState): Readiness {
  const fiveRules = catalog.questions
    .filter((q) => q.fiveRule !== null)
    .map((q): FiveRuleStatus => {
      const value = answers?.[q.id]?.value;
      const status: RuleStatus = value === 'yes' ? 'met' : value === 'partly' ? 'partial' : 'missing';
      return { rule: q.fiveRule!, questionId: q.id, status };
    });
  const missingRules = fiveRules.filter((r) => r.status !== 'met').map((r) => r.rule);
  const missing: TwoStarRequirement[] = [];
  if (!hasFinishedCheck) missing.push('selfCheck');
  if (!policy.exists) missing.push('policy');
  if (!policy.exists || !policy.publishedOn) missing.push('published');
  return {
    fiveRules,
    oneStar: { ready: missingRules.length === 0, missingRules },
    twoStar: { ready: missing.length === 0, missing },
  };
}
