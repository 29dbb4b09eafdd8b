import { z } from 'zod';
import { isoDate } from '../../../../shared/schemas/common';
import { answerFieldsSchema, scsValues, type StoredAnswer } from '../../../../shared/scs/schema';

/** The answer form: the answer as the back end checks it, plus the planned date for a gap's action. */
export const answerFormSchema = z.object({ answer: answerFieldsSchema, actionDue: z.union([isoDate, z.literal('')]) });
export type AnswerFormInput = z.input<typeof answerFormSchema>;
export type AnswerFormValues = z.output<typeof answerFormSchema>;

export function answerFormDefaults(saved: StoredAnswer | undefined): AnswerFormInput {
  return {
    answer: {
      value: saved?.value ?? (undefined as unknown as 'done'),
      reason: saved?.reason ?? '',
      scope: saved?.scope ?? '',
      how: saved?.how ?? '',
      registerRefs: saved?.registerRefs ?? [],
      fromProposal: saved?.fromProposal ?? null,
    },
    actionDue: '',
  };
}

/** Keys 1–4 choose 実施 / 一部 / 未実施 / 対象外 when the cursor is not in a text field. */
export function valueForKey(key: string): (typeof scsValues)[number] | null {
  const index = ['1', '2', '3', '4'].indexOf(key);
  return index >= 0 ? scsValues[index]! : null;
}
