import type { ComponentType } from 'react';
import { ClipboardCheck, FileText, Home, Phone, Settings, ShieldAlert, type LucideIcon } from 'lucide-react';
import { HomePage } from './features/home/HomePage';
import { SettingsPage } from './features/settings/SettingsPage';
import { ContactsPage } from './features/contacts/ContactsPage';
import { IncidentsPage } from './features/incidents/IncidentsPage';
import { SelfCheckEntry } from './features/self-check/SelfCheckEntry';
import { SummaryPage } from './features/summary/SummaryPage';

export type NavKey = 'home' | 'selfCheck' | 'incidents' | 'contacts' | 'summary' | 'settings';

export interface AppRoute {
  /** wouter pattern; a feature with sub-pages uses `nest` and its own <Switch>. */
  path: string;
  navKey: NavKey;
  icon: LucideIcon;
  component: ComponentType;
  nest?: boolean;
}

/** The app's pages in menu order. Each feature owns exactly one entry here. */
export const appRoutes: AppRoute[] = [
  { path: '/', navKey: 'home', icon: Home, component: HomePage },
  { path: '/self-check', navKey: 'selfCheck', icon: ClipboardCheck, component: SelfCheckEntry, nest: true },
  { path: '/incidents', navKey: 'incidents', icon: ShieldAlert, component: IncidentsPage, nest: true },
  { path: '/contacts', navKey: 'contacts', icon: Phone, component: ContactsPage, nest: true },
  { path: '/summary', navKey: 'summary', icon: FileText, component: SummaryPage, nest: true },
  { path: '/settings', navKey: 'settings', icon: Settings, component: SettingsPage, nest: true },
];
