import { FileText } from 'lucide-react';
import type { RendererFeature } from '../feature';
import { SummaryPage } from './SummaryPage';

export const summaryFeature: RendererFeature = {
  route: { path: '/summary', navKey: 'summary', icon: FileText, component: SummaryPage, nest: true },
};
