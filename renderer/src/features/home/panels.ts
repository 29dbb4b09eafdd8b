import type { ComponentType } from 'react';
import { ContactsPanel } from '../contacts/ContactsPanel';

/**
 * Status panels on the home page, in order. Each feature adds its own component here
 * (open actions, reporting clocks, contacts to re-check…).
 */
export const homePanels: { key: string; component: ComponentType }[] = [{ key: 'contacts', component: ContactsPanel }];
