import { z } from 'zod';
import { incidentCategories, incidentStatuses, type Incident } from './schema';
import { isoDate } from '../schemas/common';
import type { ReportingStatus } from '../summary/input';
import { incidentReporting, nextClock, type ReportClock } from './reporting';

/** One line of the incident list: small, so 10,000 of them cross the API quickly. */
export interface IncidentRow {
  id: string;
  title: string;
  category: Incident['category'];
  severity: Incident['severity'];
  status: Incident['status'];
  discoveredAt: string;
  closedAt: string;
  reportingStatus: ReportingStatus;
  nextClock: ReportClock | null;
  totalCostYen: number;
}

export const listSorts = ['discoveredDesc', 'discoveredAsc', 'severity', 'due', 'title'] as const;
export const reportingFilters = ['any', 'due', 'overdue'] as const;

export const incidentFilterSchema = z
  .object({
    query: z.string().trim().max(200).default(''),
    status: z.union([z.enum(incidentStatuses), z.literal('notClosed'), z.literal('')]).default(''),
    category: z.union([z.enum(incidentCategories), z.literal('')]).default(''),
    year: z.union([z.number().int().min(1990).max(2200), z.literal('')]).default(''),
    reporting: z.enum(reportingFilters).default('any'),
    sort: z.enum(listSorts).default('discoveredDesc'),
    /** The user's calendar day; clocks count from it (the back end accepts it within a day of its own). */
    today: z.union([isoDate, z.literal('')]).default(''),
  })
  .strict();
export type IncidentFilter = z.output<typeof incidentFilterSchema>;
export type IncidentFilterInput = z.input<typeof incidentFilterSchema>;

export function totalCost(incident: Pick<Incident, 'costs'>): number {
  return incident.costs.reduce((sum, c) => sum + c.amountYen, 0);
}

export function toRow(incident: Incident, today: string): IncidentRow {
  // Most incidents involve no personal data: skip the date arithmetic for them (10,000-row lists).
  const reporting = incident.personalData.involved ? incidentReporting(incident, today) : null;
  return {
    id: incident.id,
    title: incident.title,
    category: incident.category,
    severity: incident.severity,
    status: incident.status,
    discoveredAt: incident.discoveredAt,
    closedAt: incident.closedAt,
    reportingStatus: reporting?.status ?? 'notRequired',
    nextClock: reporting ? nextClock(reporting) : null,
    totalCostYen: totalCost(incident),
  };
}

/** The free text a search looks through: title and every written field. */
function searchableText(incident: Incident): string {
  return [
    incident.title,
    incident.description,
    incident.cause,
    incident.recovery,
    incident.prevention,
    incident.businessImpact,
    incident.affectedAssets,
    incident.reportedBy,
    ...incident.timeline.map((e) => e.text),
  ]
    .join('\n')
    .toLowerCase();
}

const severityRank = { critical: 0, high: 1, medium: 2, low: 3 } as const;

export function filterIncidents(incidents: readonly Incident[], filter: IncidentFilter, today: string): IncidentRow[] {
  const words = filter.query.toLowerCase().split(/\s+/).filter(Boolean);
  const rows: IncidentRow[] = [];
  for (const incident of incidents) {
    if (filter.status === 'notClosed' ? incident.status === 'closed' : filter.status && incident.status !== filter.status) continue;
    if (filter.category && incident.category !== filter.category) continue;
    if (filter.year !== '' && Number(incident.discoveredAt.slice(0, 4)) !== filter.year) continue;
    if (words.length) {
      const text = searchableText(incident);
      if (!words.every((w) => text.includes(w))) continue;
    }
    const row = toRow(incident, today);
    if (filter.reporting === 'due' && !row.nextClock) continue;
    if (filter.reporting === 'overdue' && row.reportingStatus !== 'overdue') continue;
    rows.push(row);
  }
  return rows.sort(sorters[filter.sort]);
}

/** Plain code-unit order: ISO dates and ids sort correctly without the cost of a collator. */
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byDiscovered = (a: IncidentRow, b: IncidentRow) => compare(a.discoveredAt, b.discoveredAt) || compare(a.id, b.id);
const titleCollator = new Intl.Collator('ja');
const sorters: Record<IncidentFilter['sort'], (a: IncidentRow, b: IncidentRow) => number> = {
  discoveredDesc: (a, b) => byDiscovered(b, a),
  discoveredAsc: byDiscovered,
  severity: (a, b) => severityRank[a.severity] - severityRank[b.severity] || byDiscovered(b, a),
  // Incidents with a running clock first, the nearest due day first.
  due: (a, b) => compare(a.nextClock?.due ?? '9999', b.nextClock?.due ?? '9999') || byDiscovered(b, a),
  title: (a, b) => titleCollator.compare(a.title, b.title),
};
