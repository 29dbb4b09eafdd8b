import { ipaFrameworks } from './ipa-self-check';
import { managementGuideline } from './management-guideline';
import { scsStar3, scsStar4 } from './scs-star3';
import type { Framework } from './types';

export type { Framework, FrameworkRef, Localized, PartDef, PlacedCriterion, RequirementDef, ScaleValue } from './types';
export { blockers, conforms, criteriaOf, findCriterion, passes, progressByPart, scaleValue, totalPoints } from './engine';
export { scsStar3, scsStar3Id, scsStar4, scsVersion } from './scs-star3';

/**
 * Every framework version the app knows. An older version stays listed when a new one ships, so
 * an assessment made against it still opens with the criteria it was answered against.
 */
export const frameworks: readonly Framework[] = [...ipaFrameworks, scsStar3, scsStar4, managementGuideline];

export function frameworkFor(id: string, version: string): Framework | null {
  return frameworks.find((f) => f.id === id && f.version === version) ?? null;
}

/** The versions of one framework the app can open, oldest first as listed. */
export function versionsOf(id: string): string[] {
  return frameworks.filter((f) => f.id === id).map((f) => f.version);
}
