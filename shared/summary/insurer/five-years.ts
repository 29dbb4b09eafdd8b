import { claimHeadings, type ClaimHeading } from '../../incidents/claim-headings';
import type { SummaryIncident } from '../input';

/** Japanese applications ask about insured events "in the past 5 years" (research-2026.md §3.1). */
export const historyYears = 5;

/** `today` minus 5 years as YYYY-MM-DD (29 Feb falls back to the 28th). */
export function historyFrom(today: string): string {
  const [y, m, d] = today.slice(0, 10).split('-').map(Number) as [number, number, number];
  const from = new Date(Date.UTC(y - historyYears, m - 1, d));
  if (from.getUTCDate() !== d) from.setUTCDate(0);
  return from.toISOString().slice(0, 10);
}

/** Incidents of the last 5 years, and any still open whatever its age; newest first. */
export function fiveYearIncidents(incidents: readonly SummaryIncident[], today: string): SummaryIncident[] {
  const from = historyFrom(today);
  const day = (i: SummaryIncident) => i.occurredAt || i.discoveredAt;
  return incidents.filter((i) => !i.closedAt || day(i) >= from).sort((a, b) => day(b).localeCompare(day(a)));
}

export interface ClaimCostLine {
  item: string;
  amountYen: number;
  date: string;
  /** null = the app holds no answer (a part made before receipts were passed on). */
  receiptKept: boolean | null;
}

/** An incident's costs under the claim headings, every heading present (an empty one shows 0). */
export function costsByClaimHeading(incident: SummaryIncident): { heading: ClaimHeading; totalYen: number; lines: ClaimCostLine[] }[] {
  return claimHeadings.map((heading) => {
    const lines = incident.costs
      .filter((c) => (c.claimHeading ?? 'other') === heading)
      .map((c) => ({ item: c.item, amountYen: c.amountYen, date: c.date, receiptKept: c.receiptKept ?? null }));
    return { heading, totalYen: lines.reduce((sum, l) => sum + l.amountYen, 0), lines };
  });
}
