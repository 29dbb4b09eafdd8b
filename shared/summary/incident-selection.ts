import type { SummaryIncident } from './input';

/** Incidents this recent (by when they happened) are printed one by one. */
export const detailMonths = 12;

export interface OlderIncidentGroup {
  year: string;
  category: string;
  count: number;
  totalCostYen: number;
}

export interface IncidentSelection {
  /** Printed one by one, newest first: the last 12 months, and anything still open or reportable. */
  inFull: SummaryIncident[];
  /** Everything older and closed, as counts by year and category, newest year first. */
  older: OlderIncidentGroup[];
  olderCount: number;
  /** Every incident the data holds: inFull.length + olderCount. */
  total: number;
  totalCostYen: number;
}

const dayOf = (incident: SummaryIncident) => incident.occurredAt || incident.discoveredAt;

function stillMatters(incident: SummaryIncident): boolean {
  const reportingOpen = incident.reporting.status !== 'notRequired' && incident.reporting.status !== 'done';
  return !incident.closedAt || reportingOpen;
}

/** `today` minus 12 months as YYYY-MM-DD (29 Feb falls back to the 28th). */
export function detailFrom(today: string): string {
  const [y, m, d] = today.slice(0, 10).split('-').map(Number) as [number, number, number];
  const from = new Date(Date.UTC(y, m - 1 - detailMonths, d));
  if (from.getUTCDate() !== d) from.setUTCDate(0);
  return from.toISOString().slice(0, 10);
}

/**
 * What the summary prints of the incident log: a reader sees everything that can still need
 * action in full, and the history as counts, so a long log stays a few pages. Nothing is left
 * out: every incident is either a row or counted in a group, and the totals cover both.
 */
export function selectIncidents(incidents: SummaryIncident[], today: string): IncidentSelection {
  const from = detailFrom(today);
  const inFull: SummaryIncident[] = [];
  const groups = new Map<string, OlderIncidentGroup>();
  for (const incident of incidents) {
    const day = dayOf(incident);
    if (!day || day >= from || stillMatters(incident)) {
      inFull.push(incident);
      continue;
    }
    const year = day.slice(0, 4);
    const key = `${year}\u0000${incident.category}`;
    const group = groups.get(key) ?? { year, category: incident.category, count: 0, totalCostYen: 0 };
    group.count += 1;
    group.totalCostYen += incident.totalCostYen;
    groups.set(key, group);
  }
  inFull.sort((a, b) => dayOf(b).localeCompare(dayOf(a)));
  const older = [...groups.values()].sort((a, b) => b.year.localeCompare(a.year) || b.count - a.count || a.category.localeCompare(b.category));
  return {
    inFull,
    older,
    olderCount: older.reduce((sum, g) => sum + g.count, 0),
    total: incidents.length,
    totalCostYen: incidents.reduce((sum, i) => sum + i.totalCostYen, 0),
  };
}
