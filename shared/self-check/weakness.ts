import { z } from 'zod';
import { id, isoDateTime, shortText } from '../schemas/common';
import { questionIds } from './question-ids';

/**
 * "This incident proved question X weak": written by the incident log, read by the self-check
 * results. Kept in its own small document so neither feature owns the other's data.
 */
export const provenWeaknessSchema = z
  .object({
    questionId: z.enum(questionIds),
    incidentId: id,
    incidentTitle: shortText,
    markedAt: isoDateTime,
  })
  .strict();
export type ProvenWeakness = z.output<typeof provenWeaknessSchema>;
