import type { CompanyProfile } from '../../profile/schema';
import type { SummaryControlFacts, SummaryInput, SummaryQuestionLine, SummarySelfCheck } from '../input';
import { decidedByRecords, recordedEvidence } from './recorded-controls';

/** The state an insurer's questionnaire asks for: 実施 / 一部 / 未実施 / 不明. */
export const controlStates = ['implemented', 'partial', 'notImplemented', 'unknown'] as const;
export type ControlState = (typeof controlStates)[number];

/** The controls in the order and under the headings insurers' questionnaires use (research-2026.md §3.2). */
export const insurerControlIds = [
  'mfa',
  'antiMalware',
  'backup',
  'backupOffline',
  'restoreTest',
  'patching',
  'training',
  'paymentFraud',
  'incidentResponse',
] as const;
export type InsurerControlId = (typeof insurerControlIds)[number];

/**
 * What a state rests on: a self-check answer, the monitoring contract in the profile, the device
 * and cloud registers, the last restore test and training in the yearly records, and evidence
 * files or notes linked to the answer (title, day, SHA-256 prefix).
 */
export type ControlEvidence =
  | { kind: 'answer'; questionId: string; answer: SummaryQuestionLine['answer']; date: string }
  | { kind: 'securityService'; name: string; contractId: string }
  | { kind: 'notAsked' }
  | { kind: 'file'; title: string; date: string; hashPrefix: string }
  | { kind: 'cloudRegister'; total: number; off: string[]; unknown: string[] }
  | { kind: 'deviceRegister'; total: number; off: string[]; unknown: string[] }
  | { kind: 'deviceUpdates'; total: number; notRecentlyChecked: string[]; endOfLife: string[] }
  | { kind: 'restoreTest'; date: string; restored: string; result: 'ok' | 'partial' | 'failed'; recent: boolean }
  | { kind: 'trainingRecord'; date: string; content: string; recent: boolean };

export interface InsurerControl {
  id: InsurerControlId;
  state: ControlState;
  evidence: ControlEvidence[];
}

/**
 * Which self-check answer decides each control, and which only support it. The questions are the
 * app's 25 (shared/self-check/catalog-ja.ts, after IPA's 自社診断). A control no question asks
 * about has no `decidedBy`: it is 不明 until the app records it some other way, never 未実施.
 */
export const controlQuestions: Record<InsurerControlId, { decidedBy: string | null; related: string[] }> = {
  // No question asks about MFA. q03 asks only whether passwords are long and not reused (its
  // advice mentions 2段階認証, but the answer does not say whether it is on).
  mfa: { decidedBy: null, related: ['q03'] },
  // q02: ウイルス対策ソフトを入れて、定義ファイルを最新にしていますか (its advice: every device).
  antiMalware: { decidedBy: 'q02', related: [] },
  // q11: 大事なデータのバックアップを取っていますか.
  backup: { decidedBy: 'q11', related: [] },
  // q11 does not ask where the copy is kept nor whether a restore was tried.
  backupOffline: { decidedBy: null, related: ['q11'] },
  restoreTest: { decidedBy: null, related: ['q11'] },
  // q01: OSやソフトはいつも最新の状態に更新していますか ("always up to date"; no time frame asked).
  patching: { decidedBy: 'q01', related: [] },
  // q20: 社員にセキュリティの教育をしたり、注意を呼びかけたりしていますか; q05: 新しい手口を社内で伝えていますか.
  training: { decidedBy: 'q20', related: ['q05'] },
  // No question asks about checking a changed bank account or payment request by phone.
  paymentFraud: { decidedBy: null, related: [] },
  // q24: 事故が起きたときに、誰が何をするか決めていますか; plus the monitoring contract in the profile.
  incidentResponse: { decidedBy: 'q24', related: [] },
};

const stateOfAnswer: Record<SummaryQuestionLine['answer'], ControlState> = {
  yes: 'implemented',
  partly: 'partial',
  no: 'notImplemented',
  unknown: 'unknown',
};

function answerEvidence(check: SummarySelfCheck | null, questionId: string): ControlEvidence | null {
  const given = check?.answers?.[questionId];
  return given ? { kind: 'answer', questionId, answer: given.answer, date: given.answeredAt } : null;
}

function evidenceFor(id: InsurerControlId, check: SummarySelfCheck | null, profile: CompanyProfile, facts: SummaryControlFacts | null): ControlEvidence[] {
  const { decidedBy, related } = controlQuestions[id];
  const questions = [decidedBy, ...related].filter((q): q is string => q !== null);
  const evidence: ControlEvidence[] = questions.flatMap((q) => [answerEvidence(check, q)].filter((e) => e !== null));
  evidence.push(...recordedEvidence(id, facts));
  if (id === 'incidentResponse' && profile.securityService.name) {
    evidence.push({ kind: 'securityService', name: profile.securityService.name, contractId: profile.securityService.contractId });
  }
  for (const q of questions) for (const file of facts?.answerEvidence[q] ?? []) evidence.push({ kind: 'file', ...file });
  if (!decidedBy && !decidedByRecords(id, facts)) evidence.unshift({ kind: 'notAsked' });
  return evidence;
}

/** One control's state: what the registers or records show when they decide it, else the deciding answer's, else 不明. */
export function controlState(id: InsurerControlId, check: SummarySelfCheck | null, facts: SummaryControlFacts | null = null): ControlState {
  const recorded = decidedByRecords(id, facts);
  if (recorded) return recorded;
  const { decidedBy } = controlQuestions[id];
  const given = decidedBy ? check?.answers?.[decidedBy] : undefined;
  return given ? stateOfAnswer[given.answer] : 'unknown';
}

/** The key controls table of the insurer pack, from the latest self-check, the profile, the registers and the records. */
export function insurerControls(input: Pick<SummaryInput, 'selfCheck' | 'profile' | 'controlFacts'>): InsurerControl[] {
  const facts = input.controlFacts ?? null;
  return insurerControlIds.map((id) => ({
    id,
    state: controlState(id, input.selfCheck, facts),
    evidence: evidenceFor(id, input.selfCheck, input.profile, facts),
  }));
}
