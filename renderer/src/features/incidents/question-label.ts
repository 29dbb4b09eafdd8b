import type { QuestionId } from '../../../../shared/selfcheck/question-ids';
import type { Language } from '../../../../shared/schemas/settings';
import { resources } from '../../../../shared/i18n/resources';

/**
 * The label of a self-check question. SEAM: the question catalogue belongs to the self-check
 * feature; until it lands this shows the number with a generic label. Replace this one
 * function with a lookup in that catalogue.
 */
export function questionLabel(id: QuestionId, language: Language): string {
  const number = Number(id.slice(1));
  return resources[language].incidents.loop.questionLabel.replace('{{number}}', String(number));
}
