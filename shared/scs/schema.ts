import { z } from 'zod';
import { id, isoDate, isoDateTime, longText, optionalLongText, shortText } from '../schemas/common';
import { scsStar3Id, versionsOf } from '../frameworks';
import { triageSchema } from './triage';
import { officialCriteriaSchema } from './official';

export const scsValues = ['done', 'partly', 'notDone', 'notApplicable'] as const;
export type ScsValue = (typeof scsValues)[number];
/** Answers that need an action to close the gap. */
export const gapValues: readonly ScsValue[] = ['partly', 'notDone'];

/** A criterion id as the scheme numbers them (1-2-1-3); whether it exists is checked against the framework. */
export const criterionIdSchema = z.string().regex(/^\d-\d-\d-\d{1,2}$/, { error: 'unknown_criterion' });

/** A ★3 framework version this app can open; anything else is refused so no answer is orphaned. */
export const scsVersionSchema = z.string().refine((v) => versionsOf(scsStar3Id).includes(v), { error: 'unknown_framework_version' });

/** What the owner says about one criterion. */
export const answerFieldsSchema = z
  .object({
    value: z.enum(scsValues),
    /** Why a criterion does not apply: required with 対象外, so the expert can judge it. */
    reason: optionalLongText,
    /** Which sites, people or systems the answer covers. */
    scope: optionalLongText,
    /** How it is done, in the owner's words. */
    how: optionalLongText,
    /** Register rows that show it (ids of devices, cloud services…). */
    registerRefs: z.array(id).max(50).default([]),
    /** The proposal the owner started from (its rule), kept so the package can say so. */
    fromProposal: z.string().max(64).nullable().default(null),
  })
  .strict()
  .refine((a) => a.value !== 'notApplicable' || a.reason.length > 0, { path: ['reason'], error: 'reason_required' });
export type AnswerFields = z.input<typeof answerFieldsSchema>;

export const storedAnswerSchema = z
  .object({
    value: z.enum(scsValues),
    reason: longText,
    scope: longText,
    how: longText,
    registerRefs: z.array(id).max(50),
    fromProposal: z.string().max(64).nullable(),
    answeredAt: isoDateTime,
    /** The action made for a △/✖ answer (kept while the answer stays a gap). */
    actionId: id.nullable(),
  })
  .strict();
export type StoredAnswer = z.infer<typeof storedAnswerSchema>;

/** A previous answer, kept when it was replaced: history, never overwrite. */
export const answerHistorySchema = z.object({ criterionId: criterionIdSchema, answer: storedAnswerSchema, replacedAt: isoDateTime }).strict();

export const confirmationTargetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('criterion'), id: criterionIdSchema }).strict(),
  z.object({ kind: z.literal('category'), id: z.string().regex(/^[a-z]{3,20}$/) }).strict(),
]);
export type ConfirmationTarget = z.infer<typeof confirmationTargetSchema>;

/** What the expert records: a confirmation, or advice to act on. */
export const expertInputSchema = z
  .object({
    verdict: z.enum(['confirmed', 'advice']),
    note: optionalLongText,
    expertName: shortText.min(1, { error: 'required' }),
    organisation: shortText.min(1, { error: 'required' }),
    date: isoDate,
  })
  .strict();
export type ExpertInput = z.input<typeof expertInputSchema>;

export const confirmationSchema = expertInputSchema
  .extend({
    id,
    target: confirmationTargetSchema,
    /** SHA-256 of the canonical JSON of what the expert saw (answer, scope, evidence). */
    fingerprint: z.string().regex(/^[0-9a-f]{64}$/),
    recordedAt: isoDateTime,
  })
  .strict();
export type Confirmation = z.infer<typeof confirmationSchema>;

/** One year's ★3 workbook. */
export const workbookSchema = z
  .object({
    id,
    frameworkId: z.literal(scsStar3Id),
    frameworkVersion: scsVersionSchema,
    year: z.number().int().min(2024).max(2100),
    /** The company and scope the assessment covers (sites, businesses, systems). */
    scope: longText,
    startedAt: isoDateTime,
    updatedAt: isoDateTime,
    answers: z.record(criterionIdSchema, storedAnswerSchema),
    history: z.array(answerHistorySchema).max(5000),
    confirmations: z.array(confirmationSchema).max(2000),
    /** Criteria carried over from last year that the owner has not confirmed again yet. */
    reconfirm: z.array(criterionIdSchema).max(200),
    /** The day management signed the pledge for this year (★3 then lasts a year); null before. */
    pledgedOn: isoDate.nullable().default(null),
  })
  .strict();
export type Workbook = z.infer<typeof workbookSchema>;

export const scsDocumentSchema = z
  .object({
    workbooks: z.array(workbookSchema).max(50),
    /** "Which star will this customer ask for", one record per customer asked about (kept, newest last). */
    triages: z.array(triageSchema).max(1000).default([]),
    /** The user's own official criteria workbook, if imported (never shipped with the app). */
    official: officialCriteriaSchema.nullable().default(null),
  })
  .strict();
export type ScsDocument = z.infer<typeof scsDocumentSchema>;
