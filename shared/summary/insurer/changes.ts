import type { InsurerPackDigest, SummaryInput } from '../input';
import { insurerControls, type ControlState, type InsurerControlId } from './controls';

/** Better is further left: 実施 > 一部 > 未実施. 不明 is not ranked (it is neither better nor worse). */
const rank: Record<ControlState, number | null> = { implemented: 2, partial: 1, notImplemented: 0, unknown: null };

export interface ControlChange {
  id: InsurerControlId;
  before: ControlState;
  now: ControlState;
  /** improved / worse when both states are known; otherwise changed (e.g. 実施 → 不明). */
  direction: 'improved' | 'worse' | 'changed';
}

export interface InsurerPackChanges {
  since: InsurerPackDigest;
  controls: ControlChange[];
  /** Incidents the last pack did not list, as ids (newest first, in the input's order). */
  newIncidentIds: string[];
}

/** What a pack records about itself when the user saves it (kept in the summary feature's document). */
export function insurerPackDigest(input: SummaryInput, fingerprint: string, givenAt: string): InsurerPackDigest {
  return {
    givenAt,
    fingerprint,
    controls: Object.fromEntries(insurerControls(input).map((c) => [c.id, c.state])),
    incidentIds: (input.incidents ?? []).map((i) => i.id),
  };
}

/** Controls improved or worse and new incidents since the last pack given; null when none was given. */
export function changesSinceLastPack(input: SummaryInput): InsurerPackChanges | null {
  const since = input.lastInsurerPack;
  if (!since) return null;
  const controls: ControlChange[] = [];
  for (const control of insurerControls(input)) {
    const before = since.controls[control.id] ?? 'unknown';
    if (before === control.state) continue;
    const [b, n] = [rank[before], rank[control.state]];
    const direction = b === null || n === null ? 'changed' : n > b ? 'improved' : 'worse';
    controls.push({ id: control.id, before, now: control.state, direction });
  }
  const known = new Set(since.incidentIds);
  const newIncidentIds = (input.incidents ?? []).filter((i) => !known.has(i.id)).map((i) => i.id);
  return { since, controls, newIncidentIds };
}
