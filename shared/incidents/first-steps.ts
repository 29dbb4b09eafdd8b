import { z } from 'zod';
import { id, isoDate, isoDateTime } from '../schemas/common';

/**
 * The 「まず最初にすること」 checklist: IPA's three stages (検知・初動対応 → 報告・公表 →
 * 復旧・再発防止), each with its items. The ids are stored with the incident, so they never change;
 * the words live in i18n (`incidents:firstSteps.items.*`).
 */
export const firstStepStages = {
  step1: ['tellOwner', 'assignRoles', 'disconnect'],
  step2: ['firstReport', 'reportAuthorities', 'callInsurer'],
  step3: ['investigate', 'fix', 'recordCause'],
} as const;
export type FirstStepStage = keyof typeof firstStepStages;

export const firstStepIds = Object.values(firstStepStages).flat() as FirstStepId[];
export type FirstStepId = (typeof firstStepStages)[FirstStepStage][number];

/** One ticked item: when, and the timeline entry that records it (null when the timeline was full). */
export const firstStepTickSchema = z
  .object({
    item: z.enum(firstStepIds as [FirstStepId, ...FirstStepId[]]),
    doneAt: isoDateTime,
    timelineEntryId: id.nullable().default(null),
  })
  .strict();
export type FirstStepTick = z.output<typeof firstStepTickSchema>;

export const firstStepTicksSchema = z.array(firstStepTickSchema).max(firstStepIds.length).default([]);

/** `incidents.tickFirstStep`: tick or untick one item; `today` is the window's day, for the timeline. */
export const tickFirstStepRequest = z
  .object({ id, item: z.enum(firstStepIds as [FirstStepId, ...FirstStepId[]]), done: z.boolean(), today: z.union([isoDate, z.literal('')]).default('') })
  .strict();
export type TickFirstStepRequest = z.input<typeof tickFirstStepRequest>;
