import { z } from 'zod';
import { command, query } from '../api/endpoint';
import type { Obligation } from '../calendar/obligations';
import type { GeneratedFile } from '../files/schema';
import { byId, id, isoDate, noInput } from '../schemas/common';
import { languageSchema } from '../settings/schema';
import { recordInputSchema, type RecordEntry } from './schema';

/**
 * Everything the calendar is worked out from: a command writing any of these makes it stale.
 * (The incident buckets all announce `incidents`.)
 */
export const calendarTopics = ['records', 'self-checks', 'security-policy', 'profile', 'contacts', 'registers', 'actions', 'incidents', 'evidence', 'scs'] as const;

/** The renderer's own day: the calendar counts from the user's local today (as the incident exports do). */
const onDay = z.object({ today: isoDate }).strict();

export const recordsContract = {
  /** Every record (training, restore tests, drills, reviews), newest first. */
  list: query<RecordEntry[]>()(noInput, { reads: ['records'] }),
  add: command<RecordEntry>()(recordInputSchema),
  /** Replaces a record's fields (its kind may not change). */
  update: command<RecordEntry>()(z.object({ id, entry: recordInputSchema }).strict()),
  remove: command<null>()(byId),
  /** Every obligation derived from the company's data, earliest first (overdue ones too). */
  calendar: query<Obligation[]>()(onDay, { reads: calendarTopics }),
  /** The next 12 months (and what is overdue) as an .ics file of all-day events, in `language`. */
  exportIcs: query<GeneratedFile>()(onDay.extend({ language: languageSchema }).strict(), { reads: calendarTopics }),
};
