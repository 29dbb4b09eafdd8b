import type { Band } from '../self-check/scoring';

/** One company in the supporter's portfolio: what tells them where to look first. */
export interface PortfolioRow {
  workspaceId: string;
  name: string;
  isDemo: boolean;
  industry: string;
  employees: number | null;
  prefecture: string;
  /** The latest finished self-check's total (−25…100), its band and the change from the one before. */
  score: number | null;
  band: Band | null;
  scoreChange: number | null;
  daysSinceCheck: number | null;
  lastVisitOn: string;
  daysSinceVisit: number | null;
  nextVisitOn: string;
  openActions: number;
  overdueActions: number;
  /** Personal-data report deadlines still running, and how many of them have passed. */
  runningClocks: number;
  overdueClocks: number;
  /** Days to the nearest running deadline (negative once passed); null when none runs. */
  nearestClockDays: number | null;
  contactsNeedingCheck: number;
}

export const portfolioSorts = ['name', 'score', 'daysSinceCheck', 'daysSinceVisit', 'overdueActions', 'clocks', 'contacts', 'nextVisit'] as const;
export type PortfolioSort = (typeof portfolioSorts)[number];

export const portfolioFilters = ['all', 'attention', 'noCheck', 'noVisit'] as const;
export type PortfolioFilter = (typeof portfolioFilters)[number];

/** A company needs attention when an action or a report deadline is overdue. */
export const needsAttention = (row: PortfolioRow) => row.overdueActions > 0 || row.overdueClocks > 0;

const matches: Record<PortfolioFilter, (row: PortfolioRow) => boolean> = {
  all: () => true,
  attention: needsAttention,
  noCheck: (row) => row.score === null,
  noVisit: (row) => row.lastVisitOn === '',
};

/** Missing values sort last whichever way, so "no self-check yet" never hides the worst scores. */
function compareNullable(a: number | null, b: number | null): number | null {
  if (a === null && b === null) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return null;
}

const keys: Record<PortfolioSort, (row: PortfolioRow) => number | string | null> = {
  name: (row) => row.name,
  score: (row) => row.score,
  daysSinceCheck: (row) => row.daysSinceCheck,
  daysSinceVisit: (row) => row.daysSinceVisit,
  overdueActions: (row) => row.overdueActions,
  // Overdue deadlines first, then the number running, then the nearest.
  clocks: (row) => row.overdueClocks * 10_000 + row.runningClocks * 100 - (row.nearestClockDays ?? 99),
  contacts: (row) => row.contactsNeedingCheck,
  nextVisit: (row) => row.nextVisitOn || null,
};

export function portfolioView(rows: readonly PortfolioRow[], options: { sort: PortfolioSort; descending: boolean; filter: PortfolioFilter; text: string }): PortfolioRow[] {
  const text = options.text.trim().toLowerCase();
  const key = keys[options.sort];
  const direction = options.descending ? -1 : 1;
  return rows
    .filter((row) => matches[options.filter](row) && (!text || row.name.toLowerCase().includes(text)))
    .sort((a, b) => {
      const ka = key(a);
      const kb = key(b);
      if (typeof ka === 'string' && typeof kb === 'string') return direction * ka.localeCompare(kb, 'ja') || a.name.localeCompare(b.name, 'ja');
      const missing = compareNullable(ka as number | null, kb as number | null);
      if (missing !== null) return missing || a.name.localeCompare(b.name, 'ja');
      return direction * ((ka as number) - (kb as number)) || a.name.localeCompare(b.name, 'ja');
    });
}
