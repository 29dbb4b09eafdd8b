import { describe, expect, it } from 'vitest';
import { catalogEn } from '../../../../shared/self-check/catalog-en';
import { catalogJa } from '../../../../shared/self-check/catalog-ja';
import { selfCheck as textEn } from '../../../../shared/self-check/i18n/en';
import { selfCheck as textJa } from '../../../../shared/self-check/i18n/ja';

/**
 * How long the whole self-check takes a shop owner, estimated from the text on screen with the
 * Keystroke-Level Model (Card, Moran & Newell): M 1.35 s to decide, P 1.1 s to point, B 0.2 s a
 * click. Reading: 400 Japanese characters a minute (a careful, not a fast, reader) or 200 English
 * words. The owner reads every question, the answer scale in full for the first two questions and
 * only its labels after that, and the "why / what to do" text of one question in three. Fails if
 * the text grows past the 10-minute target.
 */
const decide = 1.35;
const click = 1.1 + 0.2;

function estimateSeconds(catalog: typeof catalogJa, text: typeof textJa, readSeconds: (s: string) => number): number {
  const answers = Object.values(text.answers).join('');
  const hints = Object.values(text.answerHints).join('');
  let seconds = readSeconds(text.overview.startBody) + click; // the start page and its button
  Object.values(catalog).forEach((question, n) => {
    seconds += readSeconds(question.question) + readSeconds(n < 2 ? answers + hints + text.wizard.chooseLabel : answers);
    if (n % 3 === 0) seconds += readSeconds(question.why + question.todo);
    seconds += decide + click + click; // choose, then 次の質問
  });
  return seconds + readSeconds(text.overview.seeResults) + click; // the review page's finish button
}

describe('the full self-check fits in ten minutes of an owner’s time', () => {
  it('in Japanese', () => {
    const seconds = estimateSeconds(catalogJa, textJa, (s) => ([...s].length / 400) * 60);
    console.log(`self-check person-time (ja): ${(seconds / 60).toFixed(1)} min`);
    expect(seconds).toBeLessThanOrEqual(600);
    expect(seconds).toBeGreaterThan(120); // a sanity floor: 25 questions are not read in two minutes
  });
  it('in English', () => {
    const seconds = estimateSeconds(catalogEn, textEn as unknown as typeof textJa, (s) => (s.split(/\s+/).filter(Boolean).length / 200) * 60);
    console.log(`self-check person-time (en): ${(seconds / 60).toFixed(1)} min`);
    expect(seconds).toBeLessThanOrEqual(600);
    expect(seconds).toBeGreaterThan(120);
  });
});
