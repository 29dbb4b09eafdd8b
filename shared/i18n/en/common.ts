import type { Translations } from '../types';
import type { common as ja } from '../ja/common';

export const common: Translations<typeof ja> = {
  appName: 'Otasuke Desk',
  appTagline: 'Cyber security notebook for small businesses',
  nav: {
    label: 'Main menu',
    home: 'Home',
    selfCheck: 'Self-check',
    incidents: 'Incidents',
    contacts: 'Contacts',
    summary: 'Consultation summary',
    evidence: 'Evidence',
    records: 'Records',
    settings: 'Settings',
  },
  actions: {
    save: 'Save',
    saving: 'Saving…',
    cancel: 'Cancel',
    close: 'Close',
    edit: 'Edit',
    delete: 'Delete',
    back: 'Back',
    next: 'Next',
    dismiss: 'Got it',
    retry: 'Try again',
  },
  states: {
    loading: 'Loading…',
    elapsed: '{{seconds}} seconds so far. Please wait until it finishes.',
    saved: 'Saved',
    notRecorded: 'Not recorded',
    none: 'None',
    yes: 'Yes',
    no: 'No',
  },
  skipToContent: 'Skip to content',
  inPageNav: 'On this page',
  currentCompany: 'Company shown',
  demoBadge: 'Sample',
  draft: {
    restored: 'Showing what you typed last time (not saved yet).',
    discard: 'Discard changes',
    confirmDiscard: 'Discard what you typed and go back to the saved version?',
    confirmLeave: 'What you typed is not saved yet. Leave this page? (It is kept as a draft: come back to carry on.)',
  },
  language: {
    label: 'Language',
    ja: '日本語',
    en: 'English',
  },
  hostNotice: {
    browser: 'Running in the browser version. Your data stays on this computer.',
  },
  required: 'Required',
  optional: 'Optional',
};
