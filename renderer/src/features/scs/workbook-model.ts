import { blockers, criteriaOf, frameworkFor, progressByPart, type Framework, type PlacedCriterion } from '../../../../shared/frameworks';
import type { ConfirmationStatus } from '../../../../shared/scs/binding';
import type { WorkbookView } from '../../../../shared/scs/contract';
import type { Workbook } from '../../../../shared/scs/schema';

/** The framework a workbook was answered against (an older version still opens). */
export function frameworkOfWorkbook(workbook: Workbook): Framework {
  const found = frameworkFor(workbook.frameworkId, workbook.frameworkVersion);
  if (!found) throw new Error(`framework ${workbook.frameworkVersion} missing`);
  return found;
}

export interface WorkbookModel {
  framework: Framework;
  criteria: PlacedCriterion[];
  progress: ReturnType<typeof progressByPart>;
  blockers: PlacedCriterion[];
  /** The latest confirmation per target key (criterion:4-4-4-2, category:detect). */
  latestConfirmation: Map<string, ConfirmationStatus>;
}

export function workbookModel(view: WorkbookView): WorkbookModel {
  const framework = frameworkOfWorkbook(view.workbook);
  const latest = new Map<string, ConfirmationStatus>();
  for (const c of view.confirmations) if (c.latest) latest.set(`${c.target.kind}:${c.target.id}`, c);
  return {
    framework,
    criteria: criteriaOf(framework),
    progress: progressByPart(framework, view.workbook.answers),
    blockers: blockers(framework, view.workbook.answers),
    latestConfirmation: latest,
  };
}

/** The criterion after `id` in order, wrapping to the first unanswered one. */
export function nextCriterion(model: WorkbookModel, workbook: Workbook, id: string): string | null {
  const index = model.criteria.findIndex((c) => c.id === id);
  const after = [...model.criteria.slice(index + 1), ...model.criteria.slice(0, index)];
  return (after.find((c) => !workbook.answers[c.id]) ?? model.criteria[index + 1] ?? null)?.id ?? null;
}
