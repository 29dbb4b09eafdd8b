import type { Translations } from '../../i18n/types';
import type { portfolio as ja } from './ja';

/** The supporter's portfolio: every company on this computer in one table. */
export const portfolio: Translations<typeof ja> = {
  title: 'Portfolio',
  lead: 'Every company on this computer in one table. Select a company name to open it.',
  count: 'Showing {{shown}} of {{total}} companies',
  filterLabel: 'Filter',
  search: 'Find by company name',
  filters: { all: 'All', attention: 'Something overdue', noCheck: 'No self-check yet', noVisit: 'No visit recorded' },
  columns: {
    name: 'Company',
    score: 'Score',
    daysSinceCheck: 'Last check',
    daysSinceVisit: 'Last visit',
    overdueActions: 'Actions (overdue/open)',
    clocks: 'Report deadlines',
    contacts: 'Contacts to check',
    nextVisit: 'Next visit',
  },
  sortBy: 'Sort by {{column}}',
  cells: {
    noScore: 'Not done',
    daysAgo: '{{days}} days ago',
    never: 'None',
    actions: '{{overdue}} / {{open}}',
    clocksNone: '—',
    clocksRunning: '{{count}} ({{days}} days left)',
    clocksOverdue: '{{count}} ({{overdue}} overdue)',
    up: 'Up {{change}} points since the previous check',
    down: 'Down {{change}} points since the previous check',
    same: 'Same as the previous check',
    sample: 'Sample',
    employees: '{{count}} staff',
  },
  bands: { complete: 'Complete', mostly: 'Mostly there', gaps: 'Gaps', urgent: 'Urgent' },
  open: 'Open {{name}}',
  empty: 'No company matches.',
  sample: {
    title: 'Sample portfolio',
    lead: 'Creates 30 made-up companies with visits, self-checks and incidents, to try the portfolio and the statistics (they are marked as samples).',
    button: 'Create a sample portfolio',
    created: '{{count}} sample companies created. See them under “Portfolio” in the menu.',
    none: 'The sample companies are already there (none was added).',
  },
};
