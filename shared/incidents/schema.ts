import { z } from 'zod';
import { id, isoDate, isoDateTime, optionalLongText, optionalText, shortText, wholeCount } from '../schemas/common';
import { questionIds } from '../self-check/question-ids';
import { firstStepTicksSchema } from './first-steps';

/** Option keys; their labels live in the i18n resources (`incidents:category.*` and so on). */
export const incidentCategories = [
  'malware',
  'phishing',
  'unauthorisedAccess',
  'credentialTheft',
  'dataLeak',
  'lostDevice',
  'misdelivery',
  'defacement',
  'outage',
  'fraud',
  'mistake',
  'other',
] as const;
export type IncidentCategory = (typeof incidentCategories)[number];

/** Kinds of incident that are someone's attack: they count as "possibly malicious" by default. */
export const attackCategories: readonly IncidentCategory[] = ['malware', 'phishing', 'unauthorisedAccess', 'credentialTheft', 'defacement'];
export const isAttackCategory = (category: IncidentCategory) => attackCategories.includes(category);

/**
 * Whether the leak may have been done for an improper purpose (PPC case 3): ticked, or an attack
 * whose owner has not written down why it was not.
 */
export function isMaliciousCase(category: IncidentCategory, data: Pick<PersonalData, 'malicious' | 'notMaliciousReason'>): boolean {
  return data.malicious || (isAttackCategory(category) && data.notMaliciousReason.trim() === '');
}

export const incidentSeverities = ['low', 'medium', 'high', 'critical'] as const;
export type IncidentSeverity = (typeof incidentSeverities)[number];

/** open → contained → recovered → closed; each step keeps the date it was reached. */
export const incidentStatuses = ['open', 'contained', 'recovered', 'closed'] as const;
export type IncidentStatus = (typeof incidentStatuses)[number];

export const detectionMethods = ['alert', 'logReview', 'internalReport', 'externalNotice', 'customer', 'other'] as const;
export const notificationMethods = ['phone', 'email', 'webForm', 'inPerson', 'letter', 'other'] as const;
export const timelineKinds = ['seen', 'done'] as const;

const optionalDate = z.union([isoDate, z.literal('')]).default('');

/** The data answers the personal-data reporting helper decides from (domain.md §6.3). */
export const personalDataSchema = z
  .object({
    involved: z.boolean().default(false),
    /** How many people; null = not known yet. */
    people: wholeCount.nullable().default(null),
    /** 要配慮個人情報 (health, criminal record, …). */
    sensitive: z.boolean().default(false),
    /** Card numbers, bank credentials: misuse could cost people money. */
    financial: z.boolean().default(false),
    /** May have been done on purpose (intrusion, theft by staff). */
    malicious: z.boolean().default(false),
    /**
     * Why an attack (see `attackCategories`) is judged not malicious after all. Attacks count as
     * malicious unless this says why not; older files lack it and default to ''.
     */
    notMaliciousReason: optionalText,
    /** Strongly encrypted, key not leaked: no report needed. */
    encrypted: z.boolean().default(false),
    dataItems: optionalText,
  })
  .strict();
export type PersonalData = z.output<typeof personalDataSchema>;

export const timelineEntrySchema = z
  .object({ id, date: isoDate, kind: z.enum(timelineKinds).default('seen'), text: shortText.min(1, { error: 'required' }), by: optionalText })
  .strict();
export const notificationEntrySchema = z
  .object({
    id,
    date: isoDate,
    /** A contact of the directory, when there is one; `to` is then its name at the time. */
    contactId: id.nullable().default(null),
    to: shortText.min(1, { error: 'required' }),
    method: z.enum(notificationMethods).default('phone'),
    note: optionalText,
  })
  .strict();
export const costEntrySchema = z
  .object({
    id,
    item: shortText.min(1, { error: 'required' }),
    amountYen: z.number({ error: 'invalid_type' }).int({ error: 'not_integer' }).min(0, { error: 'negative' }).max(10_000_000_000),
    date: isoDate,
    receiptKept: z.boolean().default(false),
  })
  .strict();
export const evidenceEntrySchema = z
  .object({ id, what: shortText.min(1, { error: 'required' }), where: optionalText, by: optionalText, date: isoDate })
  .strict();
export type TimelineEntry = z.output<typeof timelineEntrySchema>;
export type NotificationEntry = z.output<typeof notificationEntrySchema>;
export type CostEntry = z.output<typeof costEntrySchema>;
export type EvidenceEntry = z.output<typeof evidenceEntrySchema>;

/** When each report under the PPC rules, and the notice to the people affected, was sent. */
export const reportingSentSchema = z
  .object({ preliminarySentAt: optionalDate, finalSentAt: optionalDate, peopleNotifiedAt: optionalDate })
  .strict();

const incidentFields = z
  .object({
    title: shortText.min(1, { error: 'required' }),
    category: z.enum(incidentCategories).default('other'),
    severity: z.enum(incidentSeverities).default('medium'),
    status: z.enum(incidentStatuses).default('open'),
    occurredAt: optionalDate,
    discoveredAt: isoDate,
    containedAt: optionalDate,
    recoveredAt: optionalDate,
    closedAt: optionalDate,
    detection: z.union([z.enum(detectionMethods), z.literal('')]).default(''),
    reportedBy: optionalText,
    affectedAssets: optionalLongText,
    personalData: personalDataSchema.default(personalDataSchema.parse({})),
    businessImpact: optionalLongText,
    description: optionalLongText,
    cause: optionalLongText,
    recovery: optionalLongText,
    prevention: optionalLongText,
    reporting: reportingSentSchema.default({ preliminarySentAt: '', finalSentAt: '', peopleNotifiedAt: '' }),
    timeline: z.array(timelineEntrySchema).max(500).default([]),
    notifications: z.array(notificationEntrySchema).max(500).default([]),
    costs: z.array(costEntrySchema).max(500).default([]),
    evidence: z.array(evidenceEntrySchema).max(500).default([]),
    provenWeak: z.array(z.enum(questionIds)).max(questionIds.length).default([]),
    /** The first-steps checklist: ticked items with their time (older files have none). */
    firstSteps: firstStepTicksSchema,
  })
  .strict();

type Fields = z.output<typeof incidentFields>;

/** Dates must follow the incident's story: nothing before discovery, stages in order. */
function checkDateOrder(value: Pick<Fields, 'discoveredAt' | 'occurredAt' | 'containedAt' | 'recoveredAt' | 'closedAt'>, ctx: z.RefinementCtx) {
  const { discoveredAt, occurredAt, containedAt, recoveredAt, closedAt } = value;
  if (occurredAt && discoveredAt && occurredAt > discoveredAt) {
    ctx.addIssue({ code: 'custom', path: ['occurredAt'], message: 'occurred_after_discovery' });
  }
  const stages: [keyof Fields, string][] = [
    ['containedAt', containedAt],
    ['recoveredAt', recoveredAt],
    ['closedAt', closedAt],
  ];
  for (const [key, date] of stages) {
    if (date && discoveredAt && date < discoveredAt) ctx.addIssue({ code: 'custom', path: [key], message: 'before_discovery' });
  }
}

/** What the form and the API accept; the back end adds id and timestamps. */
export const incidentInputSchema = incidentFields.superRefine(checkDateOrder);
export type IncidentInput = z.input<typeof incidentInputSchema>;
export type IncidentFields = z.output<typeof incidentInputSchema>;

/**
 * The form's rules: the same plus "not in the future" for a given local today (YYYY-MM-DD), and
 * a reason when an attack is unticked as "not malicious". The API does not refuse a missing
 * reason: the reporting rules then simply keep treating the attack as malicious.
 */
export function incidentInputSchemaFor(today: string) {
  return incidentInputSchema.superRefine((value, ctx) => {
    for (const issue of futureDateIssues(value, today)) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.code });
    const data = value.personalData;
    if (data.involved && isAttackCategory(value.category) && !data.malicious && data.notMaliciousReason.trim() === '') {
      ctx.addIssue({ code: 'custom', path: ['personalData', 'notMaliciousReason'], message: 'reason_required' });
    }
  });
}

/** Fields as the form shows them: an attack starts ticked as malicious unless a reason says why not. */
export function withMaliciousDefault(fields: IncidentFields): IncidentFields {
  const malicious = isMaliciousCase(fields.category, fields.personalData);
  return malicious === fields.personalData.malicious ? fields : { ...fields, personalData: { ...fields.personalData, malicious } };
}

/** Dates after today (the back end checks with its own clock; see the handler). */
export function futureDateIssues(value: IncidentFields, today: string): { path: string[]; code: string }[] {
  const keys = ['occurredAt', 'discoveredAt', 'containedAt', 'recoveredAt', 'closedAt'] as const;
  const issues: { path: string[]; code: string }[] = keys.filter((k) => value[k] && value[k] > today).map((k) => ({ path: [k], code: 'future_date' }));
  const sent = ['preliminarySentAt', 'finalSentAt', 'peopleNotifiedAt'] as const;
  for (const k of sent) if (value.reporting[k] && value.reporting[k] > today) issues.push({ path: ['reporting', k], code: 'future_date' });
  return issues;
}

export const incidentSchema = incidentFields
  .extend({
    id,
    createdAt: isoDateTime,
    updatedAt: isoDateTime,
    /**
     * Counts the saves of this record. An edit names the revision it started from and is refused
     * as a conflict when another window saved in between, so nobody's change is overwritten unseen.
     */
    revision: z.number().int().min(1).default(1),
  })
  .strict()
  .superRefine(checkDateOrder);
export type Incident = z.output<typeof incidentSchema>;

/** A blank incident for the "new" form, discovered today. */
export function emptyIncident(today: string): IncidentFields {
  return { ...incidentInputSchema.parse({ title: 'x', discoveredAt: today }), title: '' };
}

/** The editable part of a stored incident, as the update endpoint takes it. */
export function editableFields(incident: Incident): IncidentFields {
  const { id: _id, createdAt: _c, updatedAt: _u, revision: _r, ...fields } = incident;
  return fields;
}

/**
 * What `incidents.update` changes: the record itself. Its logs (timeline, notifications, costs,
 * evidence) have commands of their own, its weak points `markWeak` and its checklist
 * `tickFirstStep`, so an edit of the record
 * never sends a list back that another window has added to meanwhile.
 */
export const incidentRecordSchema = incidentFields
  .omit({ timeline: true, notifications: true, costs: true, evidence: true, provenWeak: true, firstSteps: true })
  .strict()
  .superRefine(checkDateOrder);
export type IncidentRecordInput = z.input<typeof incidentRecordSchema>;
export type IncidentRecord = z.output<typeof incidentRecordSchema>;

/** The record part of an incident's fields: what `incidents.update` takes. */
export function recordOf(fields: IncidentFields): IncidentRecord {
  const { timeline: _t, notifications: _n, costs: _c, evidence: _e, provenWeak: _w, firstSteps: _f, ...record } = fields;
  return record;
}
