import { scsStar3En } from './scs-star3-en';
import { scsStar3Ja } from './scs-star3-ja';
import { scsStar3Categories, scsStar4OnlyRequirements, type ScsText } from './scs-star3-structure';
import type { CriterionDef, Framework, Localized, ScaleValue } from './types';

export const scsStar3Id = 'scs-star3';
export const scsStar4Id = 'scs-star4';
/** The criteria file our ids and counts follow (IPA, 2026-03-27); a new file is a new version. */
export const scsVersion = '2026-03-27';

const texts = { ja: scsStar3Ja, en: scsStar3En } as const;
const both = (pick: (text: ScsText) => string): Localized => ({ ja: pick(texts.ja), en: pick(texts.en) });

/** 実施 ○ / 一部 △ / 未実施 ✖ / 対象外 (with a reason). */
export const scsScale: readonly ScaleValue[] = [
  { value: 'done', mark: '○', points: null, label: { ja: '実施', en: 'Done' }, needsReason: false },
  { value: 'partly', mark: '△', points: null, label: { ja: '一部', en: 'Partly' }, needsReason: false },
  { value: 'notDone', mark: '✖', points: null, label: { ja: '未実施', en: 'Not done' }, needsReason: false },
  { value: 'notApplicable', mark: '－', points: null, label: { ja: '対象外', en: 'Not applicable' }, needsReason: true },
];

function criteria(requirementId: string, count: number): CriterionDef[] {
  return Array.from({ length: count }, (_, i) => {
    const id = `${requirementId}-${i + 1}`;
    const own = texts.ja.criteria[id] && texts.en.criteria[id];
    return {
      id,
      label: own
        ? both((t) => t.criteria[id]![0])
        : both((t) => t.criterionFallback(t.requirements[requirementId]![0], i + 1)),
      help: own ? both((t) => t.criteria[id]![1]) : null,
    };
  });
}

/** SCS ★3: 26 requirements, 81 criteria, judged by conformity (done or not applicable with reason). */
export const scsStar3: Framework = {
  id: scsStar3Id,
  version: scsVersion,
  title: { ja: 'SCS評価制度 ★3', en: 'SCS assessment ★3' },
  scale: scsScale,
  rules: { kind: 'conformity', passing: ['done', 'notApplicable'] },
  parts: scsStar3Categories.map((category) => ({
    id: category.id,
    title: both((t) => t.categories[category.id]),
    requirements: category.requirements.map(([id, count]) => ({
      id,
      title: both((t) => t.requirements[id]![0]),
      help: both((t) => t.requirements[id]![1]),
      criteria: criteria(id, count),
    })),
  })),
  extends: null,
};

/**
 * The ★4-only requirements as a framework that extends ★3: each is one gap to close, so ★4 is
 * shown as a gap list, never as a workbook. Grouped under ★3's categories by their first number.
 */
export const scsStar4: Framework = {
  id: scsStar4Id,
  version: scsVersion,
  title: { ja: 'SCS評価制度 ★4（★3への追加分）', en: 'SCS assessment ★4 (on top of ★3)' },
  scale: scsScale,
  rules: { kind: 'conformity', passing: ['done', 'notApplicable'] },
  parts: scsStar3Categories
    .map((category, index) => ({
      id: category.id,
      title: both((t) => t.categories[category.id]),
      requirements: scsStar4OnlyRequirements
        .filter((id) => id.startsWith(`${index + 1}-`))
        .map((id) => ({ id, title: both((t) => `${t.star4Title} ${id}`), help: both((t) => t.star4Help), criteria: [{ id, label: both((t) => `${t.star4Title} ${id}`), help: null }] })),
    }))
    .filter((part) => part.requirements.length > 0),
  extends: { id: scsStar3Id, version: scsVersion },
};
