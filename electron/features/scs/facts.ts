import type { ProposalFacts } from '../../../shared/scs/proposals';
import type { Workspace } from '../../services/workspaces';
import { readContacts } from '../contacts';
import { readRecords } from '../records';
import { readRegisters } from '../registers';
import { assessmentsSpec } from '../self-check';

/** What the company's other pages already hold, read through each feature's public module. */
export function proposalFacts(ws: Workspace, today: string): ProposalFacts {
  const finished = ws
    .document(assessmentsSpec)
    .get()
    .filter((a) => a.completedAt !== null)
    .sort((a, b) => (b.completedAt ?? '').localeCompare(a.completedAt ?? ''))[0];
  const selfCheck = finished ? Object.fromEntries(Object.entries(finished.answers).map(([id, a]) => [id, a!.value])) : null;
  return { today, registers: readRegisters(ws), records: readRecords(ws), contacts: readContacts(ws), selfCheck };
}
