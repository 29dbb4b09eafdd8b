import { Handshake } from 'lucide-react';
import type { RendererFeature } from '../feature';
import { VisitsHomePanel } from './VisitsHomePanel';
import { VisitsPage } from './VisitsPage';

export const visitsFeature: RendererFeature = {
  route: { path: '/visits', navKey: 'visits', icon: Handshake, component: VisitsPage, nest: true },
  homePanel: { component: VisitsHomePanel, rank: 8 },
};
