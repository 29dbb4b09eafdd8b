import { criteriaOf, frameworkFor, passes, type Framework } from '../frameworks';
import type { Language } from '../settings/schema';
import type { ConfirmationStatus } from './binding';
import type { LinkedEvidence, WorkbookView } from './contract';
import type { StoredAnswer } from './schema';

/** Everything the ★3 package prints, gathered by the back end from the company's documents. */
export interface ScsPackageInput {
  language: Language;
  company: string;
  madeOn: string;
  /** SHA-256 of the workbook and its evidence (the view's fingerprint), printed on every page. */
  fingerprint: string;
  year: number;
  frameworkVersion: string;
  scope: string;
  answers: Record<string, StoredAnswer>;
  evidence: Record<string, LinkedEvidence[]>;
  confirmations: ConfirmationStatus[];
  /** Planned dates of the actions made for gaps, by action id. */
  actionDue: Record<string, string>;
  /** Register rows' names by id, for the rows an answer links to. */
  registerNames: Record<string, string>;
}

export function packageInput(view: WorkbookView, company: string, madeOn: string, language: Language, actionDue: Record<string, string>, registerNames: Record<string, string> = {}): ScsPackageInput {
  const { workbook } = view;
  return {
    language,
    company,
    madeOn,
    fingerprint: view.fingerprint,
    year: workbook.year,
    frameworkVersion: workbook.frameworkVersion,
    scope: workbook.scope,
    answers: workbook.answers,
    evidence: view.evidence,
    confirmations: view.confirmations,
    actionDue,
    registerNames,
  };
}

export function packageFramework(input: ScsPackageInput): Framework {
  const found = frameworkFor('scs-star3', input.frameworkVersion);
  if (!found) throw new Error(`framework version ${input.frameworkVersion} missing`);
  return found;
}

/** The criteria not yet met (unanswered, △, ✖) with the planned date of their action, if any. */
export function openGaps(input: ScsPackageInput) {
  const framework = packageFramework(input);
  return criteriaOf(framework)
    .filter((c) => !passes(framework, input.answers[c.id]))
    .map((c) => {
      const answer = input.answers[c.id];
      return { criterion: c, answer: answer ?? null, due: answer?.actionId ? (input.actionDue[answer.actionId] ?? '') : '' };
    });
}
