import { ClipboardList } from 'lucide-react';
import type { RendererFeature } from '../feature';
import { RegistersPage } from './RegistersPage';

export const registersFeature: RendererFeature = {
  route: { path: '/registers', navKey: 'registers', icon: ClipboardList, component: RegistersPage, nest: true },
};
