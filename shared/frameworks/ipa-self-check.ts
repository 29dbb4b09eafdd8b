import { catalogs, type Catalog } from '../self-check/catalog';
import { selfCheckText } from '../self-check/i18n';
import { answerValues, maxPointsPerQuestion, points } from '../self-check/scoring';
import type { Framework, Localized } from './types';

const marks = { yes: '○', partly: '△', no: '✖', unknown: '?' } as const;
const both = (pick: (text: typeof selfCheckText.ja) => string): Localized => ({ ja: pick(selfCheckText.ja), en: pick(selfCheckText.en) });

/**
 * The IPA 25-question check seen through the framework engine: a thin adapter over the
 * self-check's own catalog (which stays the source of its questions and scoring), so the engine
 * proves itself on the check the app already has without the self-check feature changing.
 * Each question is a requirement with one criterion of the same id (q01…).
 */
export function ipaFramework(catalog: Catalog): Framework {
  return {
    id: catalog.id,
    version: catalog.version,
    title: { ja: '情報セキュリティ自社診断（25問）', en: 'Information security self-check (25 questions)' },
    scale: answerValues.map((value) => ({ value, mark: marks[value], points: points[value], label: both((t) => t.answers[value]), needsReason: false })),
    rules: { kind: 'points', maxPerCriterion: maxPointsPerQuestion },
    parts: ([1, 2, 3] as const).map((part) => ({
      id: `p${part}`,
      title: both((t) => t.parts[`p${part}`]),
      requirements: catalog.questions
        .filter((q) => q.part === part)
        .map((q) => {
          const label = { ja: q.text.ja.label, en: q.text.en.label };
          const help = { ja: `${q.text.ja.question} ${q.text.ja.todo}`, en: `${q.text.en.question} ${q.text.en.todo}` };
          return { id: q.id, title: label, help, criteria: [{ id: q.id, label, help: null }] };
        }),
    })),
    extends: null,
  };
}

/** One framework per catalog version the self-check knows (old checks keep their version). */
export const ipaFrameworks: Framework[] = Object.values(catalogs).map(ipaFramework);
