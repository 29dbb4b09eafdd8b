import type { Translations } from '../../i18n/types';
import type { home as ja } from './ja';

export const home: Translations<typeof ja> = {
  title: 'Home',
  greeting: 'Security at a glance: {{company}}',
  lead: 'Check what needs doing and get ready for a bad day, starting here.',
  nextStep: {
    heading: 'Your next step',
    report: {
      title: 'A reporting deadline is running',
      body: '“{{title}}” has a reporting deadline. Prepare the report first, so the deadline is not missed.',
      action: 'Prepare the report',
    },
    selfCheck: {
      title: 'Start with the self-check',
      body: 'Answer 25 questions to see where your security stands, as a score. It takes about 10 minutes.',
      action: 'Answer the 25 questions',
    },
    selfCheckStarted: {
      title: 'Finish your self-check',
      body: 'You have a self-check that is partly answered. You can carry on where you stopped.',
      action: 'Continue the self-check',
    },
    plan: {
      title: 'Make a plan',
      body: 'Your self-check result was “{{band}}” and there is no plan yet. On the results page, pick actions for the items not yet in place.',
      action: 'See the results and plan',
    },
    addContacts: {
      title: 'Add your own contacts',
      body: 'Only the public help desks are listed. Add the people you would call first on a bad day: your IT vendor, your insurer.',
      action: 'Add a contact',
    },
    checkContacts: {
      title: 'Check your contacts',
      body: '{{count}} contacts have not been checked for over a year. Make sure the numbers and names are still right.',
      body_one: 'One contact has not been checked for over a year. Make sure the number and name are still right.',
      action: 'Review old contacts',
    },
    openActions: {
      title: 'Keep your plan moving',
      body: '{{count}} actions are still open. Mark each one done when it is.',
      body_one: 'One action is still open. Mark it done when it is.',
      action: 'Work on open actions',
    },
    routine: {
      title: 'You are well prepared',
      body: 'When things change (new devices or services, a new person in charge), take the self-check again.',
      action: 'Take the self-check again',
    },
  },
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
