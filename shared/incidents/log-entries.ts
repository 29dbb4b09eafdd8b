import { z } from 'zod';
import { id } from '../schemas/common';
import {
  costEntrySchema,
  evidenceEntrySchema,
  notificationEntrySchema,
  timelineEntrySchema,
  type CostEntry,
  type EvidenceEntry,
  type NotificationEntry,
  type TimelineEntry,
} from './schema';

/**
 * The four logs of an incident. Each entry is added, edited and removed by a command of its own,
 * so two people adding to the same incident at once both keep what they added.
 */
export const incidentLogs = ['timeline', 'notifications', 'costs', 'evidence'] as const;
export type IncidentLog = (typeof incidentLogs)[number];

export interface LogEntryOf {
  timeline: TimelineEntry;
  notifications: NotificationEntry;
  costs: CostEntry;
  evidence: EvidenceEntry;
}

/** The most entries one log keeps (the stored schema's limit). */
export const maxLogEntries = 500;

const entrySchemas = {
  timeline: timelineEntrySchema,
  notifications: notificationEntrySchema,
  costs: costEntrySchema,
  evidence: evidenceEntrySchema,
} as const;

/** A new entry: the back end gives it its id. */
export const addLogEntryRequest = z.discriminatedUnion('log', [
  z.object({ id, log: z.literal('timeline'), entry: entrySchemas.timeline.omit({ id: true }) }).strict(),
  z.object({ id, log: z.literal('notifications'), entry: entrySchemas.notifications.omit({ id: true }) }).strict(),
  z.object({ id, log: z.literal('costs'), entry: entrySchemas.costs.omit({ id: true }) }).strict(),
  z.object({ id, log: z.literal('evidence'), entry: entrySchemas.evidence.omit({ id: true }) }).strict(),
]);

/** A changed entry, named by its id. */
export const editLogEntryRequest = z.discriminatedUnion('log', [
  z.object({ id, log: z.literal('timeline'), entry: entrySchemas.timeline }).strict(),
  z.object({ id, log: z.literal('notifications'), entry: entrySchemas.notifications }).strict(),
  z.object({ id, log: z.literal('costs'), entry: entrySchemas.costs }).strict(),
  z.object({ id, log: z.literal('evidence'), entry: entrySchemas.evidence }).strict(),
]);

export const removeLogEntryRequest = z.object({ id, log: z.enum(incidentLogs), entryId: id }).strict();

export type AddLogEntryRequest = z.input<typeof addLogEntryRequest>;
