import { describe, expect, it } from 'vitest';
import { currentCatalog } from '../../../../shared/self-check/catalog';
import { bandOf, scoreAnswers } from '../../../../shared/self-check/scoring';
import { questionIds } from '../../../../shared/self-check/question-ids';
import { answersFrom } from './helpers';
import { languages } from '../../../../shared/settings/schema';

const catalog = currentCatalog();

describe('catalog', () => {
  it('has the 25 shared ids in order, in parts of 5 / 13 / 7, with text in both languages', () => {
    expect(catalog.questions.map((q) => q.id)).toEqual([...questionIds]);
    expect([1, 2, 3].map((p) => catalog.questions.filter((q) => q.part === p).length)).toEqual([5, 13, 7]);
    for (const q of catalog.questions) {
      for (const lang of languages) {
        const t = q.text[lang];
        expect([t.label, t.question, t.why, t.todo].every((s) => s.length > 3), `${q.id} ${lang}`).toBe(true);
      }
    }
  });
});

describe('scoring (worked examples)', () => {
  it('all 実施している scores 100 with part maxima 20 / 52 / 28', () => {
    const r = scoreAnswers(catalog, answersFrom('y'.repeat(25)));
    expect(r.complete && r.total).toBe(100);
    expect(r.band).toBe('complete');
    expect(r.parts.map((p) => [p.score, p.max, p.percent])).toEqual([[20, 20, 100], [52, 52, 100], [28, 28, 100]]);
  });

  it('all わからない scores −25, band urgent, part percentages floored at 0', () => {
    const r = scoreAnswers(catalog, answersFrom('u'.repeat(25)));
    expect(r.total).toBe(-25);
    expect(r.band).toBe('urgent');
    expect(r.parts.map((p) => p.score)).toEqual([-5, -13, -7]);
    expect(r.parts.map((p) => p.percent)).toEqual([0, 0, 0]);
  });

  it('a mixed sheet: basics 4+2+0−1+4 = 9, staff 13×2 = 26, organisation 7×4 = 28 → 63 (gaps)', () => {
    const r = scoreAnswers(catalog, answersFrom('ypnuy ppppppppppppp yyyyyyy'));
    expect(r.parts.map((p) => p.score)).toEqual([9, 26, 28]);
    expect(r.parts.map((p) => p.percent)).toEqual([45, 50, 100]);
    expect(r.total).toBe(63);
    expect(r.band).toBe('gaps');
  });

  it('one question short is incomplete: no total, no band, but progress per part', () => {
    const r = scoreAnswers(catalog, answersFrom('y'.repeat(24)));
    expect(r.complete).toBe(false);
    expect(r.total).toBeNull();
    expect(r.band).toBeNull();
    expect(r.answered).toBe(24);
    expect(r.parts[2]).toMatchObject({ answered: 6, questions: 7 });
  });

  it('band edges: 100, 99, 70, 69, 50, 49', () => {
    expect([100, 99, 70, 69, 50, 49, -25].map(bandOf)).toEqual(['complete', 'mostly', 'mostly', 'gaps', 'gaps', 'urgent', 'urgent']);
  });
});
