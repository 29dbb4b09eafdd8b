import type { Language } from '../settings/schema';

/** A text in every language the app speaks. */
export type Localized = Record<Language, string>;

/** One answer a framework allows, e.g. ○ 実施 or わからない. */
export interface ScaleValue {
  value: string;
  /** The mark printed in tables (○ △ ✖ －). */
  mark: string;
  /** Points for a points-scored framework; null where the framework does not count points. */
  points: number | null;
  label: Localized;
  /** A value that must come with a reason (対象外). */
  needsReason: boolean;
}

/**
 * How a set of answers is judged: added up into points (the IPA check), or "conforms" when every
 * criterion has an answer in `passing` (SCS ★3: done, or not applicable with a reason).
 */
export type FrameworkRules = { kind: 'points'; maxPerCriterion: number } | { kind: 'conformity'; passing: readonly string[] };

export interface CriterionDef {
  /** As the scheme numbers it, e.g. 4-4-4-2. */
  id: string;
  label: Localized;
  /**
   * Our own plain-language help for this one criterion; null where we only know the requirement
   * as a whole (its help then stands for the criterion, and the official file has the wording).
   */
  help: Localized | null;
}

export interface RequirementDef {
  id: string;
  title: Localized;
  help: Localized;
  criteria: CriterionDef[];
}

/** A part, category or section: the level progress is shown by. */
export interface PartDef {
  id: string;
  title: Localized;
  requirements: RequirementDef[];
}

export interface FrameworkRef {
  id: string;
  version: string;
}

/** A versioned set of parts → requirements → criteria with its answer scale and rules. */
export interface Framework extends FrameworkRef {
  title: Localized;
  scale: readonly ScaleValue[];
  rules: FrameworkRules;
  parts: PartDef[];
  /** A framework that only adds to another (★4 on ★3): its own parts list what comes on top. */
  extends: FrameworkRef | null;
}

/** One criterion with where it sits. */
export interface PlacedCriterion extends CriterionDef {
  partId: string;
  requirementId: string;
}
