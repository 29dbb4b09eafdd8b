import { demoContacts } from '../../shared/demo/contacts';
import { demoCompanyName, demoProfile } from '../../shared/demo/profile';
import { contactsSpec } from './documents/contacts';
import { profileSpec } from './documents/profile';
import { seedSelfCheck } from './demo-self-check';
import { demoIncidents } from '../../shared/demo/incidents';
import { incidentsOf } from './incidents/repository';
import type { Services } from './services';
import type { Workspace } from './workspaces';

/** Each feature adds the sample data it owns; all run when the demo workspace is created. */
export type DemoSeeder = (workspace: Workspace, today: Date) => void;

const seeders: DemoSeeder[] = [
  (ws) => void ws.document(profileSpec).set(demoProfile()),
  (ws, today) => void ws.document(contactsSpec).set(demoContacts(today)),
  seedSelfCheck,
  (ws, today) => incidentsOf(ws).saveMany(demoIncidents(today)),
];

export function createDemoWorkspace(services: Services): Workspace {
  const ws = services.workspaces.create(demoCompanyName, true);
  const today = services.now();
  for (const seed of seeders) seed(ws, today);
  services.open(ws.id);
  return ws;
}
