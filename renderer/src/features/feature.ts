import type { ComponentType } from 'react';
import type { LucideIcon } from 'lucide-react';

/** The menu entries; each names its label in the `common` namespace (`nav.<key>`). */
export type NavKey = 'home' | 'selfCheck' | 'incidents' | 'contacts' | 'evidence' | 'registers' | 'records' | 'scs' | 'summary' | 'settings' | 'visits' | 'portfolio';

export interface AppRoute {
  /** wouter pattern; a feature with sub-pages uses `nest` and its own <Switch>. */
  path: string;
  navKey: NavKey;
  icon: LucideIcon;
  component: ComponentType;
  nest?: boolean;
  /** A hook deciding whether the menu shows the entry (the page stays reachable); shown when absent. */
  useShown?: () => boolean;
}

/**
 * What one feature brings to the UI: its page in the menu and its status panel on the home
 * page. Each feature exports one from its `feature.ts`; `./index.tsx` registers it with one line.
 */
export interface RendererFeature {
  route?: AppRoute;
  /** Home panels show in ascending `rank` (the most urgent first). */
  homePanel?: { component: ComponentType; rank: number };
}
