import type { Translations } from '../../i18n/types';
import type { home as ja } from './ja';

export const home: Translations<typeof ja> = {
  title: 'Home',
  greeting: 'Security at a glance: {{company}}',
  lead: 'Check what needs doing and get ready for a bad day, starting here.',
  cards: {
    selfCheck: {
      title: 'Self-check',
      body: 'Answer 25 questions to see where your security stands, as a score. It takes about 10 minutes.',
      action: 'Start the self-check',
    },
    incidents: {
      title: 'Incident log',
      body: 'If something goes wrong — a virus, a data leak — record it here first.',
      action: 'Record an incident',
    },
    contacts: {
      title: 'Emergency contacts',
      body: 'Keep your IT vendor, insurer and public help desks in one place.',
      action: 'See contacts',
    },
    summary: {
      title: 'Consultation summary',
      body: 'Make a PDF for your support provider or insurer.',
      action: 'Make a summary',
    },
  },
};
