import { z } from 'zod';
import { id, isoDate, isoDateTime, optionalLongText, optionalText, shortText, wholeCount } from '../schemas/common';

/**
 * What kind of contact a supporter had with the company: a consultation by phone or mail, a
 * visit, an on-site incident response (駆けつけ), a scheduled visit, a ★3 confirmation session,
 * and the monthly report of an お助け隊-type service contract (monitoring, alerts, dispatches).
 */
export const visitKinds = ['consultation', 'visit', 'onSite', 'regular', 'scsConfirmation', 'serviceReport'] as const;
export type VisitKind = (typeof visitKinds)[number];

/** The limits of one company's visit log and of one record. */
export const visitLimits = { visits: 2000, topics: 20, nextSteps: 20, minutes: 24 * 60 } as const;

/** One agreed next step; on save it becomes an action (its id is kept so it is made once). */
export const nextStepSchema = z
  .object({
    title: shortText.min(1, { error: 'required' }),
    owner: optionalText,
    dueDate: z.union([isoDate, z.literal('')]).default(''),
    actionId: id.nullable().default(null),
  })
  .strict();
export type NextStep = z.output<typeof nextStepSchema>;

/** The figures of an お助け隊-type service contract for the period the record covers. */
export const serviceFiguresSchema = z
  .object({
    serviceName: optionalText,
    monitoredDevices: wholeCount.max(100_000).default(0),
    alertsReceived: wholeCount.max(100_000).default(0),
    dispatches: wholeCount.max(10_000).default(0),
  })
  .strict();
export type ServiceFigures = z.output<typeof serviceFiguresSchema>;

/** Which programme and which of its steps a visit belongs to (none for a one-off consultation). */
export const programmeStepSchema = z.object({ programmeId: id, step: z.number().int().min(1).max(20) }).strict();

/** What the supporter fills in; the record adds id, baseline and timestamps. */
const visitFields = {
  date: isoDate,
  kind: z.enum(visitKinds),
  programme: programmeStepSchema.nullable().default(null),
  supporter: optionalText,
  attendees: optionalText,
  topics: z.array(shortText.min(1)).max(visitLimits.topics).default([]),
  findings: optionalLongText,
  advice: optionalLongText,
  nextSteps: z.array(nextStepSchema).max(visitLimits.nextSteps).default([]),
  minutes: z.number().int().min(0).max(visitLimits.minutes).default(0),
  nextVisitOn: z.union([isoDate, z.literal('')]).default(''),
  service: serviceFiguresSchema.nullable().default(null),
};

const nextVisitAfterVisit = (v: { date: string; nextVisitOn: string }) => v.nextVisitOn === '' || v.nextVisitOn >= v.date;

export const visitInputSchema = z
  .object(visitFields)
  .strict()
  .refine(nextVisitAfterVisit, { path: ['nextVisitOn'], message: 'next_before_visit' });
export type VisitInput = z.input<typeof visitInputSchema>;
export type VisitValues = z.output<typeof visitInputSchema>;

/**
 * The company's state when the visit was recorded, so the next visit (and the owner's copy of
 * this one) can say what changed in between without trusting anyone's memory.
 */
export const visitBaselineSchema = z
  .object({
    score: z.number().int().nullable(),
    band: z.enum(['complete', 'mostly', 'gaps', 'urgent']).nullable(),
    actionsDone: wholeCount,
    actionsOpen: wholeCount,
    incidents: wholeCount,
  })
  .strict();
export type VisitBaseline = z.output<typeof visitBaselineSchema>;

export const visitSchema = z
  .object({
    id,
    ...visitFields,
    baseline: visitBaselineSchema,
    createdAt: isoDateTime,
    updatedAt: isoDateTime,
  })
  .strict();
export type Visit = z.output<typeof visitSchema>;
