import type { Evidence } from '../evidence/schema';
import { criteriaOf, type Framework } from '../frameworks';
import type { Confirmation, ConfirmationTarget, Workbook } from './schema';

/** The evidence a criterion links to, as a confirmation sees it: its content, not where it sits. */
function evidenceSeen(evidence: readonly Evidence[], criterionId: string) {
  return evidence
    .filter((e) => e.claims.some((c) => c.kind === 'scsCriterion' && c.id === criterionId))
    .map((e) => ({ id: e.id, title: e.title, appliesOn: e.appliesOn, reviewBy: e.reviewBy, sha256: e.file?.sha256 ?? null, url: e.url, note: e.note }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

/**
 * What an expert's confirmation of one criterion is bound to: the answer (value, reason, how, its
 * own scope and register rows), the workbook's scope, and the linked evidence. Its SHA-256 is the
 * confirmation's fingerprint; any change to these makes the confirmation outdated. The time an
 * answer was saved is left out, so saving the very same answer again does not.
 */
export function criterionSubject(workbook: Workbook, evidence: readonly Evidence[], criterionId: string) {
  const answer = workbook.answers[criterionId];
  return {
    criterionId,
    workbookScope: workbook.scope,
    answer: answer ? { value: answer.value, reason: answer.reason, scope: answer.scope, how: answer.how, registerRefs: [...answer.registerRefs].sort() } : null,
    evidence: evidenceSeen(evidence, criterionId),
  };
}

/** A category's confirmation is bound to every criterion in it. */
export function confirmationSubject(framework: Framework, workbook: Workbook, evidence: readonly Evidence[], target: ConfirmationTarget) {
  if (target.kind === 'criterion') return criterionSubject(workbook, evidence, target.id);
  const ids = criteriaOf(framework).filter((c) => c.partId === target.id).map((c) => c.id);
  return { categoryId: target.id, criteria: ids.map((id) => criterionSubject(workbook, evidence, id)) };
}

export const targetKey = (target: ConfirmationTarget) => `${target.kind}:${target.id}`;

/** A confirmation with whether it still matches what it saw; the latest per target is the one that counts. */
export type ConfirmationStatus = Confirmation & { current: boolean; latest: boolean };

export function confirmationStatuses(confirmations: readonly Confirmation[], fingerprints: Readonly<Record<string, string>>): ConfirmationStatus[] {
  const latestByTarget = new Map<string, string>();
  for (const c of confirmations) latestByTarget.set(targetKey(c.target), c.id);
  return confirmations.map((c) => ({ ...c, current: fingerprints[targetKey(c.target)] === c.fingerprint, latest: latestByTarget.get(targetKey(c.target)) === c.id }));
}
