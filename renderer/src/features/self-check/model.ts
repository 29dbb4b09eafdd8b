import { catalogFor, currentCatalog, type Catalog } from '../../../../shared/selfcheck/catalog';
import type { Assessment } from '../../../../shared/schemas/self-check';
import type { ActionItem } from '../../../../shared/schemas/action';

/** The catalog an assessment was answered with (older versions stay in the app). */
export function catalogOf(assessment: Assessment): Catalog {
  return catalogFor(assessment.catalogVersion) ?? currentCatalog();
}

export function openAssessment(all: Assessment[] | undefined): Assessment | undefined {
  return all?.find((a) => a.completedAt === null);
}

export function finishedNewestFirst(all: Assessment[] | undefined): Assessment[] {
  return (all ?? []).filter((a) => a.completedAt).sort((a, b) => b.completedAt!.localeCompare(a.completedAt!));
}

export function partKey(part: 1 | 2 | 3): 'p1' | 'p2' | 'p3' {
  return `p${part}`;
}

/** Today as YYYY-MM-DD in the user's own time zone (due dates are calendar days). */
export function todayIso(now = new Date()): string {
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 10);
}

export function isOverdue(action: ActionItem, today = todayIso()): boolean {
  return action.status !== 'done' && action.dueDate !== '' && action.dueDate < today;
}
