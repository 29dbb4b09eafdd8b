import { z } from 'zod';
import { id, isoDate, isoDateTime, longText } from '../schemas/common';
import { questionIds } from './question-ids';
import { catalogId, currentCatalogVersion, knownCatalogVersions } from './catalog';
import { answerValues } from './scoring';

/** A catalog version this app can show; anything else is refused so no answer is orphaned. */
export const catalogVersionSchema = z
  .string()
  .refine((v) => knownCatalogVersions.includes(v), { error: 'unknown_catalog_version' });

export const answerNote = longText.max(1000).default('');

export const answerSchema = z
  .object({
    value: z.enum(answerValues),
    note: answerNote,
    answeredAt: isoDateTime,
  })
  .strict();
export type Answer = z.output<typeof answerSchema>;

/** Position 0–24 is a question, 25 the review screen: where a half-finished check resumes. */
export const wizardPosition = z.number().int().min(0).max(questionIds.length);

/** One self-check, finished or not. Unanswered questions are simply absent from `answers`. */
export const assessmentSchema = z
  .object({
    id,
    catalogId: z.literal(catalogId),
    catalogVersion: catalogVersionSchema,
    startedAt: isoDateTime,
    updatedAt: isoDateTime,
    completedAt: isoDateTime.nullable(),
    position: wizardPosition,
    answers: z.partialRecord(z.enum(questionIds), answerSchema),
  })
  .strict();
export type Assessment = z.output<typeof assessmentSchema>;

export const startRequest = z.object({ catalogVersion: catalogVersionSchema.default(currentCatalogVersion) }).strict();

export const answerRequest = z
  .object({
    assessmentId: id,
    questionId: z.enum(questionIds),
    value: z.enum(answerValues),
    note: answerNote,
    position: wizardPosition,
  })
  .strict();
export type AnswerRequest = z.input<typeof answerRequest>;

export const positionRequest = z.object({ assessmentId: id, position: wizardPosition }).strict();
export const assessmentRef = z.object({ assessmentId: id }).strict();

/** The basic security policy (基本方針) SECURITY ACTION ★★ asks for. */
export const securityPolicySchema = z
  .object({
    exists: z.boolean().default(false),
    publishedOn: z.union([isoDate, z.literal('')]).default(''),
  })
  .strict();
export type SecurityPolicy = z.output<typeof securityPolicySchema>;
export type SecurityPolicyInput = z.input<typeof securityPolicySchema>;
