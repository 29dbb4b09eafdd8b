import { randomUUID } from 'node:crypto';
import { triageInputSchema, type Triage, type TriageInput } from '../../../shared/scs/triage';
import type { Workspace } from '../../services/workspaces';
import { scsSpec } from './documents';

export function readTriages(ws: Workspace): Triage[] {
  return ws.document(scsSpec).get().triages;
}

/** Records one customer's triage; an earlier one for the same customer stays as history. */
export function addTriage(ws: Workspace, input: TriageInput, now: Date): Triage {
  const triage: Triage = { ...triageInputSchema.parse(input), id: randomUUID(), recordedAt: now.toISOString() };
  ws.document(scsSpec).update((doc) => ({ ...doc, triages: [...doc.triages, triage] }));
  return triage;
}
