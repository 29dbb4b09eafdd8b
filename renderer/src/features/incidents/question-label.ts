import type { QuestionId } from '../../../../shared/self-check/question-ids';
import type { Language } from '../../../../shared/settings/schema';
import { currentCatalog, questionOf } from '../../../../shared/self-check/catalog';

/** The short label of a self-check question, from the current catalog, e.g. 「OS・ソフトの更新」. */
export function questionLabel(id: QuestionId, language: Language): string {
  return `${Number(id.slice(1))}. ${questionOf(currentCatalog(), id).text[language].label}`;
}
