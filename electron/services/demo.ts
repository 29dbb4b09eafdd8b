import { demoContacts } from '../../shared/contacts/demo';
import { demoCompanyName, demoProfile } from '../../shared/profile/demo';
import { contactsSpec } from '../features/contacts/documents';
import { profileSpec } from '../features/profile/documents';
import { seedSelfCheck } from '../features/self-check/demo';
import { demoIncidents } from '../../shared/incidents/demo';
import { incidentsOf } from '../features/incidents/repository';
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
