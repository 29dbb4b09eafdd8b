import { catalogFor, currentCatalog, type Catalog } from '../../../../shared/self-check/catalog';
import type { Assessment } from '../../../../shared/self-check/schema';

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
