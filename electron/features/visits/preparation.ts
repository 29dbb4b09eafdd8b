import { addDays } from '../../../shared/incidents/dates';
import type { ActionItem } from '../../../shared/actions/schema';
import { changeBetween, latestVisit, plannedNextVisit } from '../../../shared/visits/changes';
import type { DueAction, VisitPreparation } from '../../../shared/visits/contract';
import type { Visit } from '../../../shared/visits/schema';
import { baselineOf, contactsNeedingCheck, latestCheck, openActions, overdueActions, runningClocks, unknownAnswers, type CompanyRecords } from './facts';

const dueAction = (a: ActionItem): DueAction => ({ id: a.id, title: a.title, owner: a.owner, dueDate: a.dueDate });
const byDue = (a: ActionItem, b: ActionItem) => a.dueDate.localeCompare(b.dueDate);

/** Without a next visit day, "due soon" looks this many days ahead. */
export const lookAheadDays = 30;

/** The "prepare for the visit" view: computed from the records as they are now. */
export function prepareVisit(records: CompanyRecords, visits: readonly Visit[], today: string): VisitPreparation {
  const last = latestVisit(visits, today);
  const nextVisitOn = plannedNextVisit(visits, today);
  const horizon = nextVisitOn || addDays(today, lookAheadDays);
  const overdue = overdueActions(records.actions, today).sort(byDue);
  const dueSoon = openActions(records.actions).filter((a) => a.dueDate !== '' && a.dueDate >= today && a.dueDate <= horizon).sort(byDue);
  return {
    lastVisit: last ? { id: last.id, date: last.date, kind: last.kind } : null,
    nextVisitOn,
    change: changeBetween(last, baselineOf(records)),
    overdueActions: overdue.map(dueAction),
    dueSoon: dueSoon.map(dueAction),
    contactsNeedingCheck: contactsNeedingCheck(records, today),
    runningClocks: runningClocks(records.incidents, today),
    unknownAnswers: unknownAnswers(latestCheck(records.checks)?.check),
  };
}
