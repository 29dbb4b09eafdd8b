import { hashPrefix } from '../../../shared/evidence/status';
import type { Evidence } from '../../../shared/evidence/schema';
import { criteriaOf } from '../../../shared/frameworks';
import { confirmationStatuses, targetKey } from '../../../shared/scs/binding';
import type { LinkedEvidence, WorkbookView } from '../../../shared/scs/contract';
import { proposalsFrom } from '../../../shared/scs/proposals';
import type { Workbook } from '../../../shared/scs/schema';
import type { Workspace } from '../../services/workspaces';
import { readEvidence } from '../evidence';
import { proposalFacts } from './facts';
import { canonicalSha256 } from './fingerprint';
import { fingerprintOf, frameworkOf } from './repository';
import { scsSpec } from './documents';
import { officialReport } from './official-import';

function linkedEvidence(evidence: readonly Evidence[], workbook: Workbook): Record<string, LinkedEvidence[]> {
  const out: Record<string, LinkedEvidence[]> = {};
  for (const c of criteriaOf(frameworkOf(workbook))) {
    const linked = evidence.filter((e) => e.claims.some((claim) => claim.kind === 'scsCriterion' && claim.id === c.id));
    if (linked.length) out[c.id] = linked.map((e) => ({ id: e.id, title: e.title, appliesOn: e.appliesOn, hashPrefix: e.file ? hashPrefix(e.file.sha256) : null }));
  }
  return out;
}

/** The workbook as the page and the package see it: proposals, confirmation status, evidence, fingerprint. */
export function workbookView(ws: Workspace, workbook: Workbook, today: string, earlier: readonly Workbook[] = []): WorkbookView {
  const evidence = readEvidence(ws);
  const official = ws.document(scsSpec).get().official;
  const targets = new Map(workbook.confirmations.map((c) => [targetKey(c.target), c.target]));
  const fingerprints = Object.fromEntries([...targets].map(([key, target]) => [key, fingerprintOf(workbook, evidence, target)]));
  // A proposal that matches the saved answer has nothing left to propose.
  const proposals = proposalsFrom(proposalFacts(ws, today)).filter((p) => workbook.answers[p.criterionId]?.value !== p.value || workbook.reconfirm.includes(p.criterionId));
  const linked = linkedEvidence(evidence, workbook);
  return {
    workbook,
    proposals,
    confirmations: confirmationStatuses(workbook.confirmations, fingerprints),
    evidence: linked,
    fingerprint: canonicalSha256({ workbook: { ...workbook, updatedAt: null }, evidence: linked }),
    previous: previousYear(workbook, earlier),
    official: official ? { ...officialReport(official), texts: official.texts } : null,
  };
}

function previousYear(workbook: Workbook, all: readonly Workbook[]): WorkbookView['previous'] {
  const before = all.filter((w) => w.year < workbook.year).sort((a, b) => b.year - a.year)[0];
  return before ? { year: before.year, answers: Object.fromEntries(Object.entries(before.answers).map(([id, a]) => [id, a.value])) } : null;
}

export function latestWorkbook(workbooks: readonly Workbook[]): Workbook | null {
  return [...workbooks].sort((a, b) => b.year - a.year)[0] ?? null;
}
