import { NotebookPen } from 'lucide-react';
import type { RendererFeature } from '../feature';
import { RecordsHomePanel } from './RecordsHomePanel';
import { RecordsPage } from './RecordsPage';

export const recordsFeature: RendererFeature = {
  route: { path: '/records', navKey: 'records', icon: NotebookPen, component: RecordsPage, nest: true },
  // Right after the reporting clocks and the action plan: "this month" is the owner's to-do list.
  homePanel: { component: RecordsHomePanel, rank: 2.5 },
};
