import type { Evidence } from '../evidence/schema';
import { expiryStatus } from '../evidence/status';
import type { SummaryEvidenceRecords } from '../summary/input';
import { latestOf, type RecordEntry } from './schema';

/**
 * The records feature's part of the consultation summary: how much evidence is kept and what of
 * it has expired on `today` (the user's local day), and the latest restore test, training and drill.
 */
export function toSummaryEvidenceRecords(evidence: readonly Evidence[], records: readonly RecordEntry[], today: string): SummaryEvidenceRecords {
  const restore = latestOf(records, 'restoreTest');
  const training = latestOf(records, 'training');
  const drill = latestOf(records, 'drill');
  return {
    evidenceCount: evidence.length,
    expired: evidence
      .filter((e) => expiryStatus(e, today) === 'expired')
      .map((e) => ({ title: e.title, reviewBy: e.reviewBy ?? '' }))
      .sort((a, b) => a.reviewBy.localeCompare(b.reviewBy) || a.title.localeCompare(b.title)),
    lastRestoreTest: restore && { date: restore.date, restored: restore.restored, result: restore.result },
    lastTraining: training && { date: training.date, content: training.content, method: training.method, attendees: training.attendees },
    lastDrill: drill && { date: drill.date, scenario: drill.scenario },
  };
}
