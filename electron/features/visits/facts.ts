import { isOverdue } from '../../../shared/actions/overdue';
import type { ActionItem } from '../../../shared/actions/schema';
import { countNeedingCheck } from '../../../shared/contacts/staleness';
import { incidentReporting } from '../../../shared/incidents/reporting';
import type { Incident } from '../../../shared/incidents/schema';
import { catalogFor } from '../../../shared/self-check/catalog';
import type { Assessment } from '../../../shared/self-check/schema';
import { scoreAnswers, type Band } from '../../../shared/self-check/scoring';
import type { QuestionId } from '../../../shared/self-check/question-ids';
import type { RunningClock } from '../../../shared/visits/contract';
import type { VisitBaseline } from '../../../shared/visits/schema';
import { actionsSpec } from '../actions';
import { readContacts } from '../contacts';
import { incidentsOf } from '../incidents';
import { assessmentsSpec } from '../self-check';
import type { Workspace } from '../../services/workspaces';

/** The latest finished self-check of a company, scored (null before the first one is finished). */
export function latestCheck(checks: readonly Assessment[]): { check: Assessment; total: number; band: Band; partPercents: number[] } | null {
  const done = checks.filter((c) => c.completedAt).sort((a, b) => a.completedAt!.localeCompare(b.completedAt!));
  for (const check of done.reverse()) {
    const catalog = catalogFor(check.catalogVersion);
    const score = catalog ? scoreAnswers(catalog, check.answers) : null;
    if (score?.complete) return { check, total: score.total, band: score.band, partPercents: score.parts.map((p) => p.percent) };
  }
  return null;
}

/** The finished self-checks' totals, oldest first (the portfolio's trend). */
export function checkTotals(checks: readonly Assessment[]): { on: string; total: number }[] {
  return checks
    .filter((c) => c.completedAt)
    .sort((a, b) => a.completedAt!.localeCompare(b.completedAt!))
    .flatMap((c) => {
      const catalog = catalogFor(c.catalogVersion);
      const score = catalog ? scoreAnswers(catalog, c.answers) : null;
      return score?.complete ? [{ on: c.completedAt!.slice(0, 10), total: score.total }] : [];
    });
}

export function unknownAnswers(check: Assessment | undefined): QuestionId[] {
  if (!check) return [];
  return (Object.entries(check.answers) as [QuestionId, { value: string }][]).filter(([, a]) => a.value === 'unknown').map(([q]) => q).sort();
}

/** Report deadlines of personal-data breaches still running (not sent), soonest first. */
export function runningClocks(incidents: readonly Incident[], today: string): RunningClock[] {
  return incidents
    .flatMap((incident) =>
      incidentReporting(incident, today).clocks.flatMap((clock) =>
        clock.daysLeft === null ? [] : [{ incidentId: incident.id, title: incident.title, kind: clock.kind, due: clock.due, daysLeft: clock.daysLeft }],
      ),
    )
    .sort((a, b) => a.daysLeft - b.daysLeft);
}

/** Everything the visits and the portfolio read from one company, read once (read-only). */
export function readCompany(ws: Workspace) {
  return {
    actions: ws.document(actionsSpec).get(),
    checks: ws.document(assessmentsSpec).get(),
    contacts: readContacts(ws),
    incidents: incidentsOf(ws).all(),
  };
}
export type CompanyRecords = ReturnType<typeof readCompany>;

export function openActions(actions: readonly ActionItem[]): ActionItem[] {
  return actions.filter((a) => a.status !== 'done');
}

export function overdueActions(actions: readonly ActionItem[], today: string): ActionItem[] {
  return actions.filter((a) => isOverdue(a, today));
}

export function contactsNeedingCheck(records: CompanyRecords, today: string): number {
  return countNeedingCheck(records.contacts, today);
}

/** The state a visit records as it is saved: what the next visit compares with. */
export function baselineOf(records: CompanyRecords): VisitBaseline {
  const latest = latestCheck(records.checks);
  return {
    score: latest?.total ?? null,
    band: latest?.band ?? null,
    actionsDone: records.actions.filter((a) => a.status === 'done').length,
    actionsOpen: openActions(records.actions).length,
    incidents: records.incidents.length,
  };
}
