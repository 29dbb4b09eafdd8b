import { Phone } from 'lucide-react';
import type { RendererFeature } from '../feature';
import { ContactsHomePanel } from './ContactsHomePanel';
import { ContactsPage } from './ContactsPage';

export const contactsFeature: RendererFeature = {
  route: { path: '/contacts', navKey: 'contacts', icon: Phone, component: ContactsPage, nest: true },
  homePanel: { component: ContactsHomePanel, rank: 3 },
};
