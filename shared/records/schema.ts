import { z } from 'zod';
import { localDay } from '../dates/local-day';
import { id, isoDate, isoDateTime, longText, optionalLongText, shortText } from '../schemas/common';

/** The four yearly records (research-2026 §1.1.4, §5 item 8): what was done, kept as proof. */
export const recordKinds = ['training', 'restoreTest', 'drill', 'review'] as const;
export type RecordKind = (typeof recordKinds)[number];

export const trainingMethods = ['group', 'elearning', 'video', 'other'] as const;
export const restoreResults = ['ok', 'partial', 'failed'] as const;
export type RestoreResult = (typeof restoreResults)[number];

/**
 * What was reviewed: the basic policy and the insurance cover, and the yearly reviews SCS ★3 asks
 * for (organisation, partners, device rules, information classes, training content, incident
 * set-up, sharing incident cases). Contacts and the self-check are not here: each keeps its own
 * date in its own page (a contact's "checked", a finished self-check), and the calendar reads those.
 */
export const reviewTopics = ['policy', 'insurance', 'organisation', 'partners', 'deviceRules', 'infoClassification', 'trainingContent', 'incidentResponse', 'incidentSharing', 'other'] as const;
export type ReviewTopic = (typeof reviewTopics)[number];

/** A text the owner must fill in. */
const required = shortText.min(1, { error: 'required' });
const names = longText.max(2000).default('');

/**
 * The day something was done: never after today (the user's own local day, read when the value is
 * checked). Only what is typed is checked so; a stored record is never refused for its date,
 * because the computer's clock may have been wrong or moved since.
 */
export const doneOn = isoDate.refine((day) => day <= localDay(), { error: 'date_in_future' });

function fieldsOf<D extends z.ZodType>(date: D) {
  return {
    training: { kind: z.literal('training'), date, content: required, method: z.enum(trainingMethods).default('group'), attendees: names, note: optionalLongText },
    restoreTest: { kind: z.literal('restoreTest'), date, restored: required, result: z.enum(restoreResults, { error: 'invalid_value' }), note: optionalLongText },
    drill: { kind: z.literal('drill'), date, scenario: required, participants: names, findings: optionalLongText },
    review: { kind: z.literal('review'), date, topic: z.enum(reviewTopics), outcome: optionalLongText },
  };
}

const typed = fieldsOf(doneOn);
/** What the owner types for one record (a form's values and the add/update request). */
export const recordInputSchema = z.discriminatedUnion('kind', [
  z.object(typed.training).strict(),
  z.object(typed.restoreTest).strict(),
  z.object(typed.drill).strict(),
  z.object(typed.review).strict(),
]);
export type RecordInput = z.input<typeof recordInputSchema>;
export type RecordValues = z.output<typeof recordInputSchema>;

const stored = fieldsOf(isoDate);
/** The same fields without the "not in the future" check: what the back end stores (and the demo seeds). */
export const recordFieldsSchema = z.discriminatedUnion('kind', [
  z.object(stored.training).strict(),
  z.object(stored.restoreTest).strict(),
  z.object(stored.drill).strict(),
  z.object(stored.review).strict(),
]);
const meta = { id, createdAt: isoDateTime, updatedAt: isoDateTime };
export const recordEntrySchema = z.discriminatedUnion('kind', [
  z.object({ ...stored.training, ...meta }).strict(),
  z.object({ ...stored.restoreTest, ...meta }).strict(),
  z.object({ ...stored.drill, ...meta }).strict(),
  z.object({ ...stored.review, ...meta }).strict(),
]);
export type RecordEntry = z.output<typeof recordEntrySchema>;
export type RecordOf<K extends RecordKind> = Extract<RecordEntry, { kind: K }>;

/** The latest record of one kind (by the day it was done), or null. */
export function latestOf<K extends RecordKind>(records: readonly RecordEntry[], kind: K, match: (r: RecordOf<K>) => boolean = () => true): RecordOf<K> | null {
  let latest: RecordOf<K> | null = null;
  for (const r of records) {
    if (r.kind !== kind || !match(r as RecordOf<K>)) continue;
    if (!latest || r.date > latest.date || (r.date === latest.date && r.createdAt > latest.createdAt)) latest = r as RecordOf<K>;
  }
  return latest;
}
