import { catalogFor, currentCatalog, type Catalog } from '../../../../shared/self-check/catalog';
import type { Assessment } from '../../../../shared/self-check/schema';
import type { ActionItem } from '../../../../shared/actions/schema';
import { localDay } from '../../../../shared/dates/local-day';

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

/** Due dates are calendar days, compared with the user's own (local) today. */
export function isOverdue(action: ActionItem, today = localDay()): boolean {
  return action.status !== 'done' && action.dueDate !== '' && action.dueDate < today;
}
