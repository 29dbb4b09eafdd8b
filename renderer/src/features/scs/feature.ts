import { ClipboardCheck } from 'lucide-react';
import type { RendererFeature } from '../feature';
import { ScsPage } from './ScsPage';

export const scsFeature: RendererFeature = {
  route: { path: '/scs', navKey: 'scs', icon: ClipboardCheck, component: ScsPage, nest: true },
};
