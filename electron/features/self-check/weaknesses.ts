import { z } from 'zod';
import { provenWeaknessSchema, type ProvenWeakness } from '../../../shared/self-check/weakness';
import type { DocumentSpec } from '../../services/store/document-spec';
import type { Workspace } from '../../services/workspaces';
import type { QuestionId } from '../../../shared/self-check/question-ids';

/** Self-check questions that incidents proved weak (written by incidents, read by self-check). */
export const weaknessesSpec: DocumentSpec<ProvenWeakness[]> = {
  name: 'weaknesses',
  schema: z.array(provenWeaknessSchema).max(5000),
  version: 1,
  empty: () => [],
};

/** An incident showed these questions are weak points: its marks replace the ones it had. */
export function markProvenWeak(ws: Workspace, incident: { id: string; title: string }, questionIds: readonly QuestionId[], markedAt: string): void {
  ws.document(weaknessesSpec).update((list) => [
    ...list.filter((w) => w.incidentId !== incident.id),
    ...questionIds.map((questionId) => ({ questionId, incidentId: incident.id, incidentTitle: incident.title, markedAt })),
  ]);
}

/** A deleted incident's marks go with it. */
export function forgetIncidentWeaknesses(ws: Workspace, incidentId: string): void {
  ws.document(weaknessesSpec).update((list) => list.filter((w) => w.incidentId !== incidentId));
}
