import { endpoint } from '../endpoint';
import { noInput } from '../../schemas/common';
import type { WorkspaceMeta } from '../../schemas/settings';

export const workspaceContract = {
  /** The workspace the app shows, or null before the first profile is saved. */
  current: endpoint<WorkspaceMeta | null>()(noInput),
  list: endpoint<WorkspaceMeta[]>()(noInput),
  /** Creates the sample company (サンプル株式会社) filled by every feature, and switches to it. */
  createDemo: endpoint<WorkspaceMeta>()(noInput),
};
