import { AppError } from '../../../shared/api/result';
import type { SummaryInput } from '../../../shared/summary/input';
import { toSummaryIncidents } from '../../../shared/incidents/summary-part';
import { currentCatalog } from '../../../shared/self-check/catalog';
import { toSummarySelfCheck } from '../../../shared/self-check/summary-part';
import { actionsSpec } from '../actions';
import { readContacts } from '../contacts';
import { profileSpec } from '../profile';
import { assessmentsSpec } from '../self-check';
import { weaknessesSpec } from '../self-check';
import { incidentsOf } from '../incidents';
import type { Workspace } from '../../services/workspaces';
import type { Language } from '../../../shared/settings/schema';
import { localDay } from '../../../shared/dates/local-day';
import { lastInsurerPack } from './insurer-packs';

/**
 * Reads one workspace's stored documents into the summary's input. `language` and `today` are
 * for parts whose mapping translates labels or computes clocks (self-check, incidents).
 */
export function collectSummaryInput(workspace: Workspace, language: Language, today: Date): SummaryInput {
  const profile = workspace.document(profileSpec).get();
  if (!profile) throw new AppError('no_workspace', 'the workspace has no company profile yet');
  return {
    profile,
    selfCheck: toSummarySelfCheck(
      workspace.document(assessmentsSpec).get(),
      currentCatalog(),
      workspace.document(weaknessesSpec).get(),
      language,
    ),
    actions: workspace.document(actionsSpec).get(),
    // Reporting clocks count calendar days where the app runs.
    incidents: toSummaryIncidents(incidentsOf(workspace).all(), localDay(today), language),
    // The contacts feature's read (the public desks are seeded by commands, never here).
    contacts: readContacts(workspace),
    lastInsurerPack: lastInsurerPack(workspace),
  };
}
