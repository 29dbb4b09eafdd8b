import { Home } from 'lucide-react';
import type { AppRoute, RendererFeature } from './feature';
import { HomePage } from './home';
import { actionsFeature } from './actions/feature';
import { contactsFeature } from './contacts/feature';
import { evidenceFeature } from './evidence/feature';
import { recordsFeature } from './records/feature';
import { incidentsFeature } from './incidents/feature';
import { registersFeature } from './registers/feature';
import { scsFeature } from './scs/feature';
import { selfCheckFeature } from './self-check/feature';
import { settingsFeature } from './settings/feature';
import { summaryFeature } from './summary/feature';
import { visitsFeature } from './visits/feature';
import { portfolioFeature } from './portfolio/feature';

/** The renderer's one registration table: one line per feature, in menu order. */
const rendererFeatures: RendererFeature[] = [
  selfCheckFeature,
  actionsFeature,
  incidentsFeature,
  contactsFeature,
  evidenceFeature,
  registersFeature,
  recordsFeature,
  scsFeature,
  summaryFeature,
  visitsFeature,
  portfolioFeature,
  settingsFeature,
];

const homePanels = rendererFeatures
  .flatMap((feature) => (feature.homePanel ? [feature.homePanel] : []))
  .sort((a, b) => a.rank - b.rank)
  .map((panel) => panel.component);

// The home page is the app's own: it shows every feature's panel, so it is not one of them.
function HomeRoute() {
  return <HomePage panels={homePanels} />;
}

/** The app's pages in menu order. */
export const appRoutes: AppRoute[] = [
  { path: '/', navKey: 'home', icon: Home, component: HomeRoute },
  ...rendererFeatures.flatMap((feature) => (feature.route ? [feature.route] : [])),
];

export type { AppRoute } from './feature';
