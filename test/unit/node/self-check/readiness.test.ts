import { describe, expect, it } from 'vitest';
import { currentCatalog } from '../../../../shared/self-check/catalog';
import { compareAnswers } from '../../../../shared/self-check/compare';
import { prioritisedActions, unknownQuestions } from '../../../../shared/self-check/priorities';
import { readinessOf } from '../../../../shared/self-check/readiness';
import { answersFrom } from './helpers';

const catalog = currentCatalog();
const noPolicy = { exists: false, publishedOn: '' };

describe('SECURITY ACTION readiness', () => {
  it('★ needs all five rules done; lists the rules still missing', () => {
    const r = readinessOf(catalog, answersFrom('yypnu' + 'y'.repeat(20)), true, noPolicy);
    expect(r.fiveRules.map((x) => x.status)).toEqual(['met', 'met', 'partial', 'missing', 'missing']);
    expect(r.oneStar).toEqual({ ready: false, missingRules: [3, 4, 5] });
    expect(readinessOf(catalog, answersFrom('yyyyy' + 'n'.repeat(20)), true, noPolicy).oneStar.ready).toBe(true);
  });

  it('★★ needs a finished check, a policy and its publication date', () => {
    expect(readinessOf(catalog, null, false, noPolicy).twoStar.missing).toEqual(['selfCheck', 'policy', 'published']);
    expect(readinessOf(catalog, null, true, { exists: true, publishedOn: '' }).twoStar.missing).toEqual(['published']);
    expect(readinessOf(catalog, null, true, { exists: true, publishedOn: '2026-04-01' }).twoStar).toEqual({ ready: true, missing: [] });
  });
});

describe('what to do next', () => {
  it('puts 0-point and unknown basics first, then proven-weak, then other gaps; skips done items', () => {
    const answers = answersFrom('yuyyn' + 'n' + 'y'.repeat(11) + 'u' + 'p' + 'y'.repeat(6));
    const weak = [{ questionId: 'q10' as const, incidentId: 'inc-000001', incidentTitle: 'フィッシング', markedAt: '2026-05-01T00:00:00.000Z' }];
    const list = prioritisedActions(catalog, answers, weak).map((i) => i.question.id);
    expect(list).toEqual(['q02', 'q05', 'q10', 'q06', 'q18', 'q19']);
    expect(unknownQuestions(catalog, answers).map((q) => q.id)).toEqual(['q02', 'q18']);
  });

  it('compares two checks item by item', () => {
    const before = answersFrom('npyy' + 'y'.repeat(21));
    const after = answersFrom('yyyu' + 'y'.repeat(21));
    const changes = compareAnswers(catalog, before, after).slice(0, 5).map((c) => c.change);
    expect(changes).toEqual(['improved', 'improved', 'same', 'worse', 'same']);
  });
});
