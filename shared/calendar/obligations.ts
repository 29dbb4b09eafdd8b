import type { ActionItem } from '../actions/schema';
import { checkDueOn } from '../contacts/staleness';
import type { Contact } from '../contacts/schema';
import { localDay } from '../dates/local-day';
import type { Evidence } from '../evidence/schema';
import { incidentReporting } from '../incidents/reporting';
import type { IncidentFields } from '../incidents/schema';
import type { CompanyProfile } from '../profile/schema';
import { latestOf, reviewTopics, type RecordEntry, type ReviewTopic } from '../records/schema';
import type { Assessment } from '../self-check/schema';
import { addMonths } from './days';
import { adminAccountReview, deviceUpdateCheck, type RegisterCheckSources } from './register-checks';
import { groupedCheck } from './grouped-check';
import { cadenceMonths } from './rules';

export type ObligationKind =
  | 'selfCheck'
  | 'training'
  | 'restoreTest'
  | 'drill'
  | 'review'
  | 'insuranceRenewal'
  | 'contactsCheck'
  | 'deviceUpdates'
  | 'adminReview'
  | 'action'
  | 'report'
  | 'evidenceReview'
  | 'scsRenewal';

/** One thing the company has to do by a day, derived from its data (never typed by hand). */
export interface Obligation {
  /** Stable for as long as the obligation is the same one (its day may move): the .ics UID. */
  id: string;
  kind: ObligationKind;
  /** The last day (YYYY-MM-DD, local). */
  due: string;
  /** The day it was last done, which the rule counts from; '' when never (then it is due today). */
  lastDone: string;
  /** The owner's own words for it (an action's, incident's or evidence's title); '' for routines. */
  title: string;
  /** reviews: which; reports: which one (速報 or 確報); contacts, devices, admin accounts: how many are due in that month. */
  topic?: ReviewTopic;
  report?: 'preliminary' | 'final';
  count?: number;
  /** The record it is about (an action, incident or piece of evidence), for the link. */
  refId?: string;
}

/** What the calendar is made from: each feature's stored data, as the features keep it. */
export interface ObligationSources extends RegisterCheckSources {
  assessments: readonly Pick<Assessment, 'completedAt'>[];
  policy: { exists: boolean; publishedOn: string };
  insurance: Pick<CompanyProfile['insurance'], 'periodTo'> | null;
  contacts: readonly Pick<Contact, 'lastCheckedAt'>[];
  actions: readonly Pick<ActionItem, 'id' | 'title' | 'dueDate' | 'status'>[];
  incidents: readonly (Pick<IncidentFields, 'category' | 'discoveredAt' | 'personalData' | 'reporting' | 'title'> & { id: string })[];
  evidence: readonly Pick<Evidence, 'id' | 'title' | 'reviewBy'>[];
  records: readonly RecordEntry[];
  /** The day management signed the latest SCS ★3 pledge (★3 is valid for a year), if any. */
  scsPledgedOn?: string | null;
}

/** A routine done on `last` comes round `months` later; never done, it is due today. */
function routine(id: string, kind: ObligationKind, last: string | null, months: number, today: string): Obligation {
  return { id, kind, due: last ? addMonths(last, months) : today, lastDone: last ?? '', title: '' };
}

function selfCheck(s: ObligationSources, today: string): Obligation {
  // A check finished at 01:00 in Tokyo counts on that Tokyo day, not on UTC's day before.
  const days = s.assessments.flatMap((a) => (a.completedAt ? [localDay(new Date(a.completedAt))] : []));
  const last = days.length ? days.reduce((a, b) => (a > b ? a : b)) : null;
  return routine('self-check', 'selfCheck', last, cadenceMonths.selfCheck, today);
}

function logged(s: ObligationSources, today: string): Obligation[] {
  const restore = latestOf(s.records, 'restoreTest');
  const restoreMonths = restore && restore.result !== 'ok' ? cadenceMonths.restoreRetry : cadenceMonths.restoreTest;
  return [
    routine('training', 'training', latestOf(s.records, 'training')?.date ?? null, cadenceMonths.training, today),
    routine('restore-test', 'restoreTest', restore?.date ?? null, restoreMonths, today),
    routine('drill', 'drill', latestOf(s.records, 'drill')?.date ?? null, cadenceMonths.drill, today),
  ];
}

/**
 * Reviews: the policy's once it exists (counted from its publication or its last review), every
 * other topic once it has been reviewed (a review done once comes round a year later).
 */
function reviews(s: ObligationSources, today: string): Obligation[] {
  return reviewTopics.flatMap((topic): Obligation[] => {
    const last = latestOf(s.records, 'review', (r) => r.topic === topic)?.date ?? null;
    if (topic === 'policy') {
      if (!s.policy.exists) return [];
      const from = [last, s.policy.publishedOn || null].filter((d): d is string => !!d).sort().pop() ?? null;
      return [{ ...routine('review-policy', 'review', from, cadenceMonths.review, today), topic }];
    }
    return last ? [{ ...routine(`review-${topic}`, 'review', last, cadenceMonths.review, today), topic }] : [];
  });
}

function insurance(s: ObligationSources): Obligation[] {
  const end = s.insurance?.periodTo;
  return end ? [{ id: 'insurance-renewal', kind: 'insuranceRenewal', due: end, lastDone: '', title: '' }] : [];
}

/** One entry for all contacts: due when the first one's year runs out (the contacts feature's rule). */
function contactsCheck(s: ObligationSources, today: string): Obligation[] {
  const check = groupedCheck(s.contacts.map((c) => checkDueOn(c) ?? today), today);
  return check ? [{ id: 'contacts-check', kind: 'contactsCheck', due: check.due, lastDone: '', title: '', count: check.count }] : [];
}

/** The device register's update checks and the admin register's yearly look, one entry each. */
function registerChecks(s: ObligationSources, today: string): Obligation[] {
  const devices = deviceUpdateCheck(s, today);
  const admins = adminAccountReview(s, today);
  return [
    ...(devices ? [{ id: 'device-updates', kind: 'deviceUpdates' as const, due: devices.due, lastDone: '', title: '', count: devices.count }] : []),
    ...(admins ? [{ id: 'admin-review', kind: 'adminReview' as const, due: admins.due, lastDone: '', title: '', count: admins.count }] : []),
  ];
}

function actions(s: ObligationSources): Obligation[] {
  return s.actions.flatMap((a) => (a.status !== 'done' && a.dueDate ? [{ id: `action-${a.id}`, kind: 'action' as const, due: a.dueDate, lastDone: '', title: a.title, refId: a.id }] : []));
}

/** The personal-data reporting clocks still running (incidents/reporting.ts decides them). */
function reports(s: ObligationSources, today: string): Obligation[] {
  return s.incidents.flatMap((incident) =>
    incidentReporting(incident, today)
      .clocks.filter((c) => c.urgency !== 'done')
      .map((c) => ({ id: `report-${incident.id}-${c.kind}`, kind: 'report' as const, due: c.due, lastDone: '', title: incident.title, report: c.kind, refId: incident.id })),
  );
}

function evidenceReviews(s: ObligationSources): Obligation[] {
  return s.evidence.flatMap((e) => (e.reviewBy ? [{ id: `evidence-${e.id}`, kind: 'evidenceReview' as const, due: e.reviewBy, lastDone: '', title: e.title, refId: e.id }] : []));
}

/** ★3 lasts a year from the pledge: renew before it runs out. */
function scsRenewal(s: ObligationSources): Obligation[] {
  return s.scsPledgedOn ? [{ id: 'scs-renewal', kind: 'scsRenewal', due: addMonths(s.scsPledgedOn, 12), lastDone: s.scsPledgedOn, title: '' }] : [];
}

/** Every obligation of one company on `today` (its local day), earliest first. */
export function obligationsOf(sources: ObligationSources, today: string): Obligation[] {
  const all = [
    selfCheck(sources, today),
    ...logged(sources, today),
    ...reviews(sources, today),
    ...insurance(sources),
    ...contactsCheck(sources, today),
    ...registerChecks(sources, today),
    ...actions(sources),
    ...reports(sources, today),
    ...evidenceReviews(sources),
    ...scsRenewal(sources),
  ];
  return all.sort((a, b) => a.due.localeCompare(b.due) || a.id.localeCompare(b.id));
}
