import type { ComponentType } from 'react';
import { ContactsPanel } from '../contacts/ContactsHomePanel';
import { ActionsHomePanel } from '../actions/ActionsHomePanel';
import { IncidentsHomePanel } from '../incidents/IncidentsHomePanel';

/**
 * Status panels on the home page, in order. Each feature adds its own component here
 * (open actions, reporting clocks, contacts to re-check…).
 */
export const homePanels: { key: string; component: ComponentType }[] = [
  { key: 'incidents', component: IncidentsHomePanel },
  { key: 'actions', component: ActionsHomePanel },
  { key: 'contacts', component: ContactsPanel },
];
