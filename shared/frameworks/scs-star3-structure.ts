/**
 * The shape of SCS ★3 (サプライチェーン強化に向けたセキュリティ対策評価制度), criteria file of
 * 2026-03-27: 7 categories, 26 requirements as the scheme numbers them, and how many criteria each
 * has (81 in all; research-2026 §1.1.3). Criterion ids are `<requirement>-<n>`. The words are
 * elsewhere (scs-star3-ja/en.ts): only ids and counts come from the scheme.
 */
export const scsStar3Categories = [
  { id: 'governance', requirements: [['1-2-1', 3], ['1-2-3', 2], ['1-3-1', 3]] },
  { id: 'partners', requirements: [['2-1-1', 2], ['2-1-2', 1], ['2-1-4', 1]] },
  { id: 'identify', requirements: [['3-1-1', 4], ['3-1-2', 2], ['3-1-3', 2], ['3-1-4', 3]] },
  {
    id: 'protect',
    requirements: [
      ['4-1-1', 4], ['4-1-2', 8], ['4-1-3', 4], ['4-1-4', 2], ['4-1-5', 5], ['4-1-6', 3], ['4-1-7', 1],
      ['4-2-2', 3], ['4-3-4', 3], ['4-4-1', 3], ['4-4-4', 2], ['4-4-5', 3], ['4-5-1', 7],
    ],
  },
  { id: 'detect', requirements: [['5-1-1', 3]] },
  { id: 'respond', requirements: [['6-1-1', 6]] },
  { id: 'recover', requirements: [['7-1-1', 1]] },
] as const satisfies readonly { id: string; requirements: readonly (readonly [string, number])[] }[];

export type ScsCategoryId = (typeof scsStar3Categories)[number]['id'];

/** The requirements ★4 adds on top of ★3 (research-2026 §1.1.3); their criteria are not listed here. */
export const scsStar4OnlyRequirements = [
  '1-1-1', '1-2-2', '1-4-1', '2-1-3', '2-1-5', '3-1-5', '3-2-1', '4-1-8', '4-1-9',
  '4-2-1', '4-3-1', '4-3-2', '4-3-3', '4-4-2', '4-4-3', '5-1-2', '5-2-1',
] as const;

/** The words one language gives the structure: categories, requirements, and criteria we can describe. */
export interface ScsText {
  categories: Record<ScsCategoryId, string>;
  /** Requirement id → [short title, plain help]. */
  requirements: Record<string, readonly [string, string]>;
  /** Criterion id → [short label, plain help]: all 81, condensed in our own words from the criteria file. */
  criteria: Record<string, readonly [string, string]>;
  /** A label for a criterion missing from `criteria` (a newer file's id), e.g. "{{title}}（基準2）". */
  criterionFallback: (requirementTitle: string, n: number) => string;
  star4Title: string;
  star4Help: string;
}
