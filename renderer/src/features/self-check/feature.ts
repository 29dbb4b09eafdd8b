import { ClipboardCheck } from 'lucide-react';
import type { RendererFeature } from '../feature';
import { SelfCheckPage } from './SelfCheckPage';

export const selfCheckFeature: RendererFeature = {
  route: { path: '/self-check', navKey: 'selfCheck', icon: ClipboardCheck, component: SelfCheckPage, nest: true },
};
