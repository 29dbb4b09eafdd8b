import { demoCompanyName } from '../../../shared/profile/demo';
import type { Services } from '../../services/services';
import type { Workspace } from '../../services/workspaces';

/** The demo company: every feature adds the sample data it owns (its `seedDemo`), in table order. */
export function createDemoWorkspace(services: Services): Workspace {
  const ws = services.workspaces.create(demoCompanyName, true);
  const today = services.now();
  for (const seed of services.demoSeeders) seed(ws, today);
  services.open(ws.id);
  return ws;
}
