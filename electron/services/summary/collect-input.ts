import { AppError } from '../../../shared/api/result';
import type { SummaryInput } from '../../../shared/summary/input';
import { actionsSpec } from '../documents/actions';
import { contactsSpec } from '../documents/contacts';
import { profileSpec } from '../documents/profile';
import type { Workspace } from '../workspaces';

/**
 * Reads one workspace's stored documents into the summary's input. `language` and `today` are
 * for parts whose mapping translates labels or computes clocks (self-check, incidents).
 */
export function collectSummaryInput(workspace: Workspace, language: 'ja' | 'en', today: Date): SummaryInput {
  void language;
  void today;
  const profile = workspace.document(profileSpec).get();
  if (!profile) throw new AppError('no_workspace', 'the workspace has no company profile yet');
  return {
    profile,
    // The lead wires in the self-check's mapping (SummarySelfCheck) after merging.
    selfCheck: null,
    actions: workspace.document(actionsSpec).get(),
    // The lead wires in the incident log's mapping (SummaryIncident[]) after merging.
    incidents: null,
    contacts: workspace.document(contactsSpec).get(),
  };
}
