import { isMaliciousCase, type Incident, type IncidentCategory, type IncidentFields, type PersonalData } from './schema';
import type { ReportingStatus } from '../summary/input';
import { addDays, daysBetween } from './dates';

/**
 * The personal-data breach reporting rules of the 個人情報保護委員会 (PPC), in force since
 * 2022-04-01 (domain.md §6.3). Pure functions so the page, the home panel, the summary and the
 * tests all decide the same way.
 */

/** The four cases that make a report mandatory. Cases 1–3 apply even for a single person. */
export const reportTriggers = ['sensitive', 'financial', 'malicious', 'over1000'] as const;
export type ReportTrigger = (typeof reportTriggers)[number];

/** More than this many people affected makes a report mandatory on its own. */
export const peopleThreshold = 1000;

export interface ReportingDecision {
  /** 'required', 'notRequired', or 'undecided' while the number of people is unknown. */
  verdict: 'required' | 'notRequired' | 'undecided';
  triggers: ReportTrigger[];
  /** Not required only because the data was strongly encrypted. */
  exemptByEncryption: boolean;
  /** The people affected must be told whenever a report is required. */
  notifyPeople: boolean;
}

/**
 * Decides from what happened (the kind of incident) and the data answers; actual and possible
 * leaks, losses and damage all count (`involved`). Every trigger that applies is listed.
 */
export function decideReporting(data: PersonalData, category: IncidentCategory = 'other'): ReportingDecision {
  const none: ReportingDecision = { verdict: 'notRequired', triggers: [], exemptByEncryption: false, notifyPeople: false };
  if (!data.involved) return none;
  const triggers: ReportTrigger[] = [];
  if (data.sensitive) triggers.push('sensitive');
  if (data.financial) triggers.push('financial');
  if (isMaliciousCase(category, data)) triggers.push('malicious');
  if (data.people !== null && data.people > peopleThreshold) triggers.push('over1000');
  if (data.encrypted) return { ...none, exemptByEncryption: true };
  if (triggers.length > 0) return { verdict: 'required', triggers, exemptByEncryption: false, notifyPeople: true };
  // No other case applies and the count is unknown: it may still exceed 1,000.
  if (data.people === null) return { ...none, verdict: 'undecided' };
  return none;
}

/** Preliminary report (速報): "promptly", about 3–5 days after becoming aware. */
export const preliminaryDays = { from: 3, to: 5 } as const;
/** Final report (確報): 30 days, or 60 when the leak may have been done on purpose. */
export const finalDays = { normal: 30, malicious: 60 } as const;

export interface ReportDeadlines {
  /** Aim for this day… */
  preliminaryTarget: string;
  /** …and treat this one as the last. */
  preliminaryDue: string;
  finalDue: string;
}

export function reportDeadlines(discoveredAt: string, malicious: boolean): ReportDeadlines {
  return {
    preliminaryTarget: addDays(discoveredAt, preliminaryDays.from),
    preliminaryDue: addDays(discoveredAt, preliminaryDays.to),
    finalDue: addDays(discoveredAt, malicious ? finalDays.malicious : finalDays.normal),
  };
}

/** `urgent`: a report is required and its clock runs short from the start (the 速報). */
export type ClockUrgency = 'done' | 'overdue' | 'today' | 'urgent' | 'soon' | 'later';

export interface ReportClock {
  kind: 'preliminary' | 'final';
  /** The last day; past it the clock is overdue. */
  due: string;
  /** The day to aim for (the 速報's 3 days); the same as `due` when there is no earlier aim. */
  target: string;
  /** Days from today to the target; negative once it has passed. Null once sent. */
  targetDaysLeft: number | null;
  sentAt: string;
  /** Days from today to the due day; negative when overdue. Null once sent. */
  daysLeft: number | null;
  urgency: ClockUrgency;
}

/** Within this many days a clock counts as "soon". */
export const soonDays = 3;

export interface ClockOptions {
  target?: string;
  /** Urgent from day 0 whatever the days left (the 速報 of a required report). */
  urgent?: boolean;
}

export function clockFor(kind: ReportClock['kind'], due: string, sentAt: string, today: string, options: ClockOptions = {}): ReportClock {
  const target = options.target ?? due;
  // Recording that a report was sent stops its clock.
  if (sentAt) return { kind, due, target, targetDaysLeft: null, sentAt, daysLeft: null, urgency: 'done' };
  const daysLeft = daysBetween(today, due);
  const calm: ClockUrgency = options.urgent ? 'urgent' : daysLeft <= soonDays ? 'soon' : 'later';
  const urgency: ClockUrgency = daysLeft < 0 ? 'overdue' : daysLeft === 0 ? 'today' : calm;
  return { kind, due, target, targetDaysLeft: daysBetween(today, target), sentAt, daysLeft, urgency };
}

export interface IncidentReporting {
  decision: ReportingDecision;
  deadlines: ReportDeadlines;
  /** Empty unless a report is required. */
  clocks: ReportClock[];
  status: ReportingStatus;
}

type ReportingFacts = Pick<IncidentFields, 'category' | 'discoveredAt' | 'personalData' | 'reporting'>;

export function incidentReporting(incident: ReportingFacts, today: string): IncidentReporting {
  const decision = decideReporting(incident.personalData, incident.category);
  // The final report's 60 days follow the malicious case, whether ticked or implied by an attack.
  const deadlines = reportDeadlines(incident.discoveredAt, decision.triggers.includes('malicious'));
  if (decision.verdict !== 'required') {
    return { decision, deadlines, clocks: [], status: decision.verdict === 'undecided' ? 'undecided' : 'notRequired' };
  }
  const clocks = [
    clockFor('preliminary', deadlines.preliminaryDue, incident.reporting.preliminarySentAt, today, { target: deadlines.preliminaryTarget, urgent: true }),
    clockFor('final', deadlines.finalDue, incident.reporting.finalSentAt, today),
  ];
  return { decision, deadlines, clocks, status: statusOf(clocks) };
}

function statusOf([preliminary, final]: ReportClock[]): ReportingStatus {
  if (preliminary!.urgency === 'overdue' || final!.urgency === 'overdue') return 'overdue';
  if (preliminary!.urgency !== 'done') return 'preliminaryDue';
  if (final!.urgency !== 'done') return 'finalDue';
  return 'done';
}

/** The clock that matters next (the earliest not yet sent), for lists and the home page. */
export function nextClock(reporting: IncidentReporting): ReportClock | null {
  return reporting.clocks.find((c) => c.urgency !== 'done') ?? null;
}

/** The nine items the report must contain, in the PPC's order (labels in i18n). */
export const reportItems = [
  'summary',
  'dataItems',
  'people',
  'cause',
  'secondaryDamage',
  'responseToPeople',
  'publicAnnouncement',
  'prevention',
  'other',
] as const;

export type { Incident };
