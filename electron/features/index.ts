import type { Handlers } from '../../shared/api/contract';
import type { Services } from '../services/services';
import type { RegistryEntry } from '../services/store/document-registry';
import type { BackEndFeature, DemoSeeder } from './feature';
import { actionsFeature } from './actions/feature';
import { appFeature } from './app/feature';
import { contactsFeature } from './contacts/feature';
import { filesFeature } from './files/feature';
import { incidentsFeature } from './incidents/feature';
import { profileFeature } from './profile/feature';
import { selfCheckFeature } from './self-check/feature';
import { settingsFeature } from './settings/feature';
import { summaryFeature } from './summary/feature';
import { supportFeature } from './support/feature';
import { workspacesFeature } from './workspaces/feature';
import { evidenceFeature } from './evidence/feature';
import { registersFeature } from './registers/feature';
import { recordsFeature } from './records/feature';
import { visitsFeature } from './visits/feature';
import { portfolioFeature } from './portfolio/feature';
import { statisticsFeature } from './statistics/feature';
import { scsFeature } from './scs/feature';

/**
 * The back end's one registration table: one line per feature, keyed by its contract namespace.
 * The order is the demo company's seeding order (profile before the records that mention it).
 */
export const backEndFeatures: { [N in keyof Handlers]: BackEndFeature<N> } = {
  app: appFeature,
  settings: settingsFeature,
  workspaces: workspacesFeature,
  profile: profileFeature,
  files: filesFeature,
  contacts: contactsFeature,
  selfCheck: selfCheckFeature,
  actions: actionsFeature,
  summary: summaryFeature,
  incidents: incidentsFeature,
  support: supportFeature,
  evidence: evidenceFeature,
  registers: registersFeature,
  records: recordsFeature,
  visits: visitsFeature,
  portfolio: portfolioFeature,
  statistics: statisticsFeature,
  scs: scsFeature,
};

const features = Object.values(backEndFeatures) as BackEndFeature<keyof Handlers>[];

/** The one handler table, served unchanged by the Electron IPC host and the browser host. */
export function createHandlers(services: Services): Handlers {
  const table = Object.entries(backEndFeatures).map(([namespace, feature]) => [namespace, (feature as BackEndFeature<keyof Handlers>).handlers(services)]);
  return Object.fromEntries(table) as Handlers;
}

/** Every document kind a company folder may hold: what export, import and snapshots carry. */
export const featureDocuments: RegistryEntry[] = features.flatMap((feature) => feature.documents ?? []);

/** Every feature's sample data, run in table order when the demo company is made. */
export const demoSeeders: DemoSeeder[] = features.flatMap((feature) => (feature.seedDemo ? [feature.seedDemo] : []));
