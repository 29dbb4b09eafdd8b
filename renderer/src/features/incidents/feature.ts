import { ShieldAlert } from 'lucide-react';
import type { RendererFeature } from '../feature';
import { IncidentsHomePanel } from './IncidentsHomePanel';
import { IncidentsPage } from './IncidentsPage';

export const incidentsFeature: RendererFeature = {
  route: { path: '/incidents', navKey: 'incidents', icon: ShieldAlert, component: IncidentsPage, nest: true },
  // Reporting deadlines run by the hour: their panel comes first.
  homePanel: { component: IncidentsHomePanel, rank: 1 },
};
