import { daysBetween } from '../../../shared/incidents/dates';
import type { PortfolioRow } from '../../../shared/portfolio/row';
import type { WorkspaceMeta } from '../../../shared/settings/schema';
import { latestVisit, plannedNextVisit } from '../../../shared/visits/changes';
import type { Workspace } from '../../services/workspaces';
import { profileSpec } from '../profile';
import { checkTotals, contactsNeedingCheck, openActions, overdueActions, readCompany, readVisits, runningClocks } from '../visits';
import { bandOf } from '../../../shared/self-check/scoring';

/** One company's row, read from its stores (a query: nothing is written, not even a backup). */
export function portfolioRow(meta: WorkspaceMeta, ws: Workspace, today: string): PortfolioRow {
  const records = readCompany(ws);
  const profile = ws.document(profileSpec).get();
  const visits = readVisits(ws);
  const totals = checkTotals(records.checks);
  const latest = totals.at(-1);
  const previous = totals.at(-2);
  const clocks = runningClocks(records.incidents, today);
  const lastVisit = latestVisit(visits, today);
  return {
    workspaceId: meta.id,
    name: meta.name,
    isDemo: meta.isDemo,
    industry: profile?.industry ?? '',
    employees: profile?.employees ?? null,
    prefecture: profile?.prefecture ?? '',
    score: latest?.total ?? null,
    band: latest ? bandOf(latest.total) : null,
    scoreChange: latest && previous ? latest.total - previous.total : null,
    daysSinceCheck: latest ? daysBetween(latest.on, today) : null,
    lastVisitOn: lastVisit?.date ?? '',
    daysSinceVisit: lastVisit ? daysBetween(lastVisit.date, today) : null,
    nextVisitOn: plannedNextVisit(visits, today),
    openActions: openActions(records.actions).length,
    overdueActions: overdueActions(records.actions, today).length,
    runningClocks: clocks.length,
    overdueClocks: clocks.filter((c) => c.daysLeft < 0).length,
    nearestClockDays: clocks[0]?.daysLeft ?? null,
    contactsNeedingCheck: contactsNeedingCheck(records, today),
  };
}
