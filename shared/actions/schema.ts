import { z } from 'zod';
import { id, isoDate, isoDateTime, optionalLongText, optionalText, shortText } from '../schemas/common';
import { questionIds } from '../self-check/question-ids';

export const actionStatuses = ['todo', 'doing', 'done'] as const;
export type ActionStatus = (typeof actionStatuses)[number];

/** Where an action came from: a weak self-check answer, or an incident's lessons. */
export const actionSourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('selfCheck'), questionId: z.enum(questionIds) }).strict(),
  z.object({ kind: z.literal('incident'), incidentId: id, questionId: z.enum(questionIds).nullable().default(null) }).strict(),
  z.object({ kind: z.literal('manual') }).strict(),
]);

/** One item of the action plan (product.md §2). */
export const actionItemSchema = z
  .object({
    id,
    title: shortText.min(1, { error: 'required' }),
    owner: optionalText,
    dueDate: z.union([isoDate, z.literal('')]).default(''),
    status: z.enum(actionStatuses).default('todo'),
    note: optionalLongText,
    source: actionSourceSchema.default({ kind: 'manual' }),
    createdAt: isoDateTime,
    updatedAt: isoDateTime,
  })
  .strict();
export type ActionItem = z.output<typeof actionItemSchema>;

/** What a caller supplies to create an action; id and timestamps are set by the back end. */
export const newActionSchema = actionItemSchema.omit({ id: true, createdAt: true, updatedAt: true });
export type NewAction = z.input<typeof newActionSchema>;
