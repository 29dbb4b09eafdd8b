import { shortFingerprint } from '../../../shared/fingerprint/short-form';
import { insurerPackDigest } from '../../../shared/summary/insurer/changes';
import { keptInsurerPacks } from '../../../shared/summary/insurer/digest-schema';
import type { InsurerPackDigest } from '../../../shared/summary/input';
import type { SummaryInputs } from './collect-input';
import type { Workspace } from '../../services/workspaces';
import { insurerPacksSpec } from './documents';
import { summaryFingerprint } from './fingerprint';

/** The newest insurer pack given, or null: what "changes since the last pack" compares with. */
export function lastInsurerPack(workspace: Workspace): InsurerPackDigest | null {
  return workspace.document(insurerPacksSpec).get().at(-1) ?? null;
}

/**
 * Keeps the digest of an insurer PDF the user just saved. The PDF names its data by the short
 * fingerprint; if the data changed since (another window saved), nothing is kept, because the
 * digest would describe a pack nobody has.
 */
export function rememberInsurerPack(workspace: Workspace, printedFingerprint: string, { input, fingerprintOf }: SummaryInputs, now: Date): { recorded: boolean } {
  const full = summaryFingerprint(fingerprintOf);
  if (shortFingerprint(full) !== printedFingerprint && full !== printedFingerprint) return { recorded: false };
  const digest = insurerPackDigest(input, full, now.toISOString());
  workspace.document(insurerPacksSpec).update((packs) => [...packs, digest].slice(-keptInsurerPacks));
  return { recorded: true };
}
