import type { CompanyProfile } from '../profile/schema';
import type { ActionItem } from '../actions/schema';
import type { Contact } from '../contacts/schema';
import type { ClaimHeading } from '../incidents/claim-headings';

/**
 * Everything the consultation summary is made from, in one plain object. Each feature provides
 * its part (a pure mapping from what it stores); a part that is null shows as "not recorded yet".
 * The fingerprint is the SHA-256 of this object's canonical JSON, so it changes exactly when
 * what a printout could show changes.
 */
export interface SummaryInput {
  profile: CompanyProfile;
  selfCheck: SummarySelfCheck | null;
  actions: ActionItem[] | null;
  incidents: SummaryIncident[] | null;
  contacts: Contact[] | null;
  /** What the last insurer pack the user saved showed (summary feature's own document); null = none yet. */
  lastInsurerPack?: InsurerPackDigest | null;
  /** Evidence counts and the latest records (records feature's part); absent in inputs made before it. */
  evidenceRecords?: SummaryEvidenceRecords | null;
  /** What registers, records and evidence say about the insurer's controls; absent in inputs made before them. */
  controlFacts?: SummaryControlFacts | null;
}

/** One piece of evidence as a printout cites it: its title, the day it applies to, its SHA-256 prefix ('' for a note). */
export interface SummaryEvidenceRef {
  title: string;
  date: string;
  hashPrefix: string;
}

/** Facts behind the insurer's key controls, for the day the summary is made (insurer/control-facts.ts). */
export interface SummaryControlFacts {
  devices: { total: number; notRecentlyChecked: string[]; endOfLife: string[]; antiMalwareOn: number; antiMalwareOff: string[]; antiMalwareUnknown: string[] };
  cloud: { total: number; mfaOn: number; mfaOff: string[]; mfaUnknown: string[] };
  /** The last restore test; `recent` when within a year of the summary's day. */
  restoreTest: { date: string; restored: string; result: 'ok' | 'partial' | 'failed'; recent: boolean } | null;
  training: { date: string; content: string; recent: boolean } | null;
  /** Evidence (not expired) supporting each self-check answer, by question id, newest first. */
  answerEvidence: Record<string, SummaryEvidenceRef[]>;
}

/** What the "evidence and records" section prints: insurers ask for the last restore test and training. */
export interface SummaryEvidenceRecords {
  evidenceCount: number;
  /** Evidence whose review or expiry day has passed, earliest first. */
  expired: { title: string; reviewBy: string }[];
  lastRestoreTest: { date: string; restored: string; result: 'ok' | 'partial' | 'failed' } | null;
  lastTraining: { date: string; content: string; method: 'group' | 'elearning' | 'video' | 'other'; attendees: string } | null;
  lastDrill: { date: string; scenario: string } | null;
}

/** A small record of an insurer pack that was given, to print what changed since (insurer/changes.ts). */
export interface InsurerPackDigest {
  /** When it was saved (ISO). */
  givenAt: string;
  /** Full fingerprint of the data it was made from. */
  fingerprint: string;
  controls: Record<string, 'implemented' | 'partial' | 'notImplemented' | 'unknown'>;
  incidentIds: string[];
}

export interface SummaryPartScore {
  part: 1 | 2 | 3;
  score: number;
  max: number;
  /** score / max as 0–100, floored at 0 (わからない can make a part negative). */
  percent: number;
}

export interface SummaryQuestionLine {
  questionId: string;
  /** Short label and advice in the summary's language. */
  label: string;
  answer: 'yes' | 'partly' | 'no' | 'unknown';
  advice: string;
  note: string;
  /**
   * Incidents that proved this question weak, whatever the answer said: printed as the reason it
   * is listed (an answer of できている alone would contradict its place under 弱いところ).
   * Optional so inputs made before the mark existed still type-check; absent means none.
   */
  provenBy?: SummaryProvenWeakness[];
}

export interface SummaryProvenWeakness {
  incidentTitle: string;
  /** The user's calendar day the incident showed it (YYYY-MM-DD). */
  markedOn: string;
}

export interface SummarySelfCheck {
  catalogVersion: string;
  completedAt: string;
  total: number;
  band: 'complete' | 'mostly' | 'gaps' | 'urgent';
  parts: SummaryPartScore[];
  /** Answers scoring 0 or 2 (and proven weak ones), most urgent first. */
  weakItems: SummaryQuestionLine[];
  /** わからない answers: questions for the supporter. */
  unknownItems: SummaryQuestionLine[];
  /** Every answer of the latest check with the day it was given: the insurer's controls table reads these. */
  answers?: Partial<Record<string, { answer: SummaryQuestionLine['answer']; answeredAt: string }>>;
  /** Earlier finished checks, oldest first, for a trend line. */
  history: { completedAt: string; total: number }[];
}

export type ReportingStatus = 'notRequired' | 'undecided' | 'preliminaryDue' | 'finalDue' | 'overdue' | 'done';

export interface SummaryIncident {
  id: string;
  title: string;
  category: string;
  severity: string;
  status: string;
  occurredAt: string;
  discoveredAt: string;
  /*
   * The insurer pack's facts. Optional so a part made without them still types; anything absent,
   * '' or null prints as 未記録 (not recorded), never as a guessed value.
   */
  containedAt?: string;
  recoveredAt?: string;
  closedAt: string;
  /** Leak facts as recorded. */
  personalData?: {
    involved: boolean;
    people: number | null;
    dataItems: string;
    sensitive: boolean;
    financial: boolean;
    malicious: boolean;
    encrypted: boolean;
  };
  /** Free text on the effect on the business (downtime is recorded only there): shown as a note. */
  businessImpact?: string;
  /** When the people affected were told ('' = not recorded). */
  peopleNotifiedAt?: string;
  /** Who was told, when and how (the incident's notifications log), oldest first. */
  notifications?: { date: string; to: string; method: string; note: string }[];
  /** PPC personal-data reporting state and dates (empty string when not applicable). */
  reporting: {
    status: ReportingStatus;
    preliminaryDue: string;
    preliminarySentAt: string;
    finalDue: string;
    finalSentAt: string;
  };
  totalCostYen: number;
  costs: { item: string; amountYen: number; date: string; receiptKept?: boolean; claimHeading?: ClaimHeading }[];
  /** Free text (what happened, cause, recovery, prevention): shown to insurers only when ticked in. */
  summaryText: string;
  /** People's names (reporter, handlers): shown to insurers only when ticked in. */
  people: string[];
}
