import type { Evidence } from '../../evidence/schema';
import { expiryStatus } from '../../evidence/status';
import { latestOf, type RecordEntry } from '../../records/schema';
import { cloudMfaFacts, deviceUpdateFacts } from '../../registers/facts';
import type { Registers } from '../../registers/schema';
import type { SummaryControlFacts } from '../input';

/** How old a restore test or a training may be and still count as done: insurers ask about "the last year". */
const recentDays = 365;

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * What the registers, the yearly records and the evidence locker say about the insurer's key
 * controls, on `today` (the user's local day): device and cloud coverage, the last restore test
 * and training, and the evidence behind each self-check answer. Pure: the summary worker runs it.
 */
export function toControlFacts(registers: Registers | null, records: readonly RecordEntry[], evidence: readonly Evidence[], today: string): SummaryControlFacts {
  const devices = registers?.devices ?? [];
  const cloud = registers?.cloud ?? [];
  const updates = deviceUpdateFacts(devices, today);
  const mfa = cloudMfaFacts(cloud);
  const restore = latestOf(records, 'restoreTest');
  const training = latestOf(records, 'training');
  const answerEvidence: SummaryControlFacts['answerEvidence'] = {};
  for (const piece of [...evidence].sort((a, b) => b.appliesOn.localeCompare(a.appliesOn))) {
    // Expired evidence no longer proves anything: it is not shown as support.
    if (expiryStatus(piece, today) === 'expired') continue;
    for (const claim of piece.claims) {
      if (claim.kind !== 'selfCheckAnswer') continue;
      (answerEvidence[claim.id] ??= []).push({ title: piece.title, date: piece.appliesOn, hashPrefix: piece.file ? piece.file.sha256.slice(0, 12) : '' });
    }
  }
  return {
    devices: {
      total: devices.length,
      notRecentlyChecked: updates.notRecentlyChecked,
      endOfLife: updates.endOfLife,
      antiMalwareOn: devices.filter((d) => d.antiMalware === 'yes').length,
      antiMalwareOff: devices.filter((d) => d.antiMalware === 'no').map((d) => d.name),
      antiMalwareUnknown: devices.filter((d) => d.antiMalware === 'unknown').map((d) => d.name),
    },
    cloud: { total: mfa.total, mfaOn: cloud.filter((s) => s.mfa === 'yes').length, mfaOff: mfa.mfaOff, mfaUnknown: mfa.mfaUnknown },
    restoreTest: restore && { date: restore.date, restored: restore.restored, result: restore.result, recent: daysBetween(restore.date, today) <= recentDays },
    training: training && { date: training.date, content: training.content, recent: daysBetween(training.date, today) <= recentDays },
    answerEvidence,
  };
}
