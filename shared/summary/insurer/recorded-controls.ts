import type { SummaryControlFacts } from '../input';
import type { ControlEvidence, ControlState, InsurerControlId } from './controls';

/**
 * Coverage across devices or services: all known and on → 実施; some on → 一部; none on but some
 * off → 未実施; nothing known → 不明 (the register was filled without this column).
 */
function coverage(on: number, off: number, unknown: number): ControlState | null {
  if (on + off === 0) return null;
  if (off === 0 && unknown === 0) return 'implemented';
  return on > 0 ? 'partial' : 'notImplemented';
}

const restoreResult = { ok: 'implemented', partial: 'partial', failed: 'notImplemented' } as const;

/**
 * The state the company's own records decide, when they do: MFA from the cloud register, anti-
 * malware coverage and patching from the device register (they outrank the self-check answer: the
 * register counts every device; patching needs a recent update check and no device past support), the restore test from the last one recorded (more than a year ago counts as not done,
 * as insurers ask about the last year). Null: the answer (or 不明) decides.
 */
export function decidedByRecords(id: InsurerControlId, facts: SummaryControlFacts | null): ControlState | null {
  if (!facts) return null;
  if (id === 'mfa' && facts.cloud.total > 0) return coverage(facts.cloud.mfaOn, facts.cloud.mfaOff.length, facts.cloud.mfaUnknown.length) ?? 'unknown';
  if (id === 'antiMalware' && facts.devices.total > 0) return coverage(facts.devices.antiMalwareOn, facts.devices.antiMalwareOff.length, facts.devices.antiMalwareUnknown.length);
  if (id === 'patching' && facts.devices.total > 0) {
    const { total, notRecentlyChecked, endOfLife } = facts.devices;
    if (notRecentlyChecked.length === 0 && endOfLife.length === 0) return 'implemented';
    return notRecentlyChecked.length === total ? 'notImplemented' : 'partial';
  }
  if (id === 'restoreTest' && facts.restoreTest) return facts.restoreTest.recent ? restoreResult[facts.restoreTest.result] : 'notImplemented';
  return null;
}

/** The register and record lines behind a control, printed under its state. */
export function recordedEvidence(id: InsurerControlId, facts: SummaryControlFacts | null): ControlEvidence[] {
  if (!facts) return [];
  if (id === 'mfa' && facts.cloud.total > 0) return [{ kind: 'cloudRegister', total: facts.cloud.total, off: facts.cloud.mfaOff, unknown: facts.cloud.mfaUnknown }];
  if (id === 'antiMalware' && facts.devices.total > 0) {
    return [{ kind: 'deviceRegister', total: facts.devices.total, off: facts.devices.antiMalwareOff, unknown: facts.devices.antiMalwareUnknown }];
  }
  if (id === 'patching' && facts.devices.total > 0) {
    return [{ kind: 'deviceUpdates', total: facts.devices.total, notRecentlyChecked: facts.devices.notRecentlyChecked, endOfLife: facts.devices.endOfLife }];
  }
  if ((id === 'restoreTest' || id === 'backup') && facts.restoreTest) return [{ kind: 'restoreTest', ...facts.restoreTest }];
  if (id === 'training' && facts.training) return [{ kind: 'trainingRecord', ...facts.training }];
  return [];
}
