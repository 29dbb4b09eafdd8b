import { z } from 'zod';
import { id, isoDateTime, optionalLongText, shortText } from '../schemas/common';

/**
 * The three questions a customer is expected to ask itself about a supplier: if any is yes, it
 * will likely ask for ★4; otherwise ★3 (research-2026 §1.1.2, after Tokyo's guidance).
 */
export const triageQuestions = ['confidentialOnOurIt', 'outageDelaysCustomer', 'reachesCustomerSystems'] as const;
export type TriageQuestion = (typeof triageQuestions)[number];

export const triageInputSchema = z
  .object({
    customer: shortText.min(1, { error: 'required' }),
    confidentialOnOurIt: z.boolean(),
    outageDelaysCustomer: z.boolean(),
    reachesCustomerSystems: z.boolean(),
    note: optionalLongText,
  })
  .strict();
export type TriageInput = z.input<typeof triageInputSchema>;

export const triageSchema = triageInputSchema.extend({ id, recordedAt: isoDateTime }).strict();
export type Triage = z.infer<typeof triageSchema>;

export type StarLevel = 'star3' | 'star4';

/** ★4 when any answer is yes, ★3 otherwise. */
export function likelyStar(answers: Pick<Triage, TriageQuestion>): StarLevel {
  return triageQuestions.some((q) => answers[q]) ? 'star4' : 'star3';
}
