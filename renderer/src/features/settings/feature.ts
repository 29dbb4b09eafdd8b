import { Settings } from 'lucide-react';
import type { RendererFeature } from '../feature';
import { SettingsPage } from './SettingsPage';

export const settingsFeature: RendererFeature = {
  route: { path: '/settings', navKey: 'settings', icon: Settings, component: SettingsPage, nest: true },
};
