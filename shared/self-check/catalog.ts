import type { Catalog, CatalogPart, CatalogQuestion } from './catalog-types';
import { catalogEn } from './catalog-en';
import { catalogJa } from './catalog-ja';
import { questionIds, type QuestionId } from './question-ids';

export type { Catalog, CatalogPart, CatalogQuestion, QuestionText } from './catalog-types';

/** Which sheet the questions follow: IPA's 「5分でできる！情報セキュリティ自社診断」 in topic and order. */
export const catalogId = 'ipa-jishashindan';
/** Bump when wording or meaning changes; every assessment stores the version it was answered against. */
export const currentCatalogVersion = '2026.1';

export const parts: readonly CatalogPart[] = [1, 2, 3];

function partOf(number: number): CatalogPart {
  if (number <= 5) return 1;
  if (number <= 18) return 2;
  return 3;
}

function build(version: string, ja: typeof catalogJa, en: typeof catalogEn): Catalog {
  return {
    id: catalogId,
    version,
    questions: questionIds.map((id, index) => ({
      id,
      part: partOf(index + 1),
      number: index + 1,
      fiveRule: index < 5 ? index + 1 : null,
      text: { ja: ja[id], en: en[id] },
    })),
  };
}

/**
 * Every catalog version the app knows. Older versions stay here when a new one ships, so an
 * assessment answered long ago still opens with the exact questions it was answered against.
 */
export const catalogs: Readonly<Record<string, Catalog>> = {
  [currentCatalogVersion]: build(currentCatalogVersion, catalogJa, catalogEn),
};

export const knownCatalogVersions = Object.keys(catalogs);

export function catalogFor(version: string): Catalog | null {
  return catalogs[version] ?? null;
}

export function currentCatalog(): Catalog {
  return catalogs[currentCatalogVersion]!;
}

export function questionOf(catalog: Catalog, id: QuestionId): CatalogQuestion {
  const found = catalog.questions.find((q) => q.id === id);
  if (!found) throw new Error(`question ${id} missing from catalog ${catalog.version}`);
  return found;
}
