import { describe, expect, it } from 'vitest';
import { blockers, conforms, criteriaOf, findCriterion, frameworkFor, frameworks, progressByPart, scsStar3, scsStar4, totalPoints, versionsOf } from '../../../../shared/frameworks';
import { managementGuideline } from '../../../../shared/frameworks/management-guideline';
import { catalogs, currentCatalog } from '../../../../shared/self-check/catalog';
import { answerValues, scoreAnswers, type AnswerMap } from '../../../../shared/self-check/scoring';
import { questionIds } from '../../../../shared/self-check/question-ids';

describe('the IPA check as a framework', () => {
  const ipa = frameworkFor(currentCatalog().id, currentCatalog().version)!;

  it('has the 25 questions in IPA order in three parts, one version per catalog version', () => {
    expect(criteriaOf(ipa).map((c) => c.id)).toEqual([...questionIds]);
    expect(ipa.parts.map((p) => p.requirements.length)).toEqual([5, 13, 7]);
    expect(versionsOf(currentCatalog().id)).toEqual(Object.keys(catalogs));
  });

  it('scores exactly as the self-check does, per part and in total', () => {
    for (let seed = 0; seed < 20; seed++) {
      const answers: AnswerMap = {};
      questionIds.forEach((id, i) => (answers[id] = { value: answerValues[(i * 7 + seed * 3) % 4]! }));
      const old = scoreAnswers(currentCatalog(), answers);
      expect(totalPoints(ipa, answers)).toBe(old.total);
      expect(progressByPart(ipa, answers).map((p) => [p.points, p.maxPoints])).toEqual(old.parts.map((p) => [p.score, p.max]));
    }
    expect(totalPoints(ipa, { q01: { value: 'yes' } })).toBeNull();
  });
});

describe('SCS ★3', () => {
  it('has 7 categories, 26 requirements and 81 criteria numbered as the scheme does', () => {
    expect(scsStar3.parts).toHaveLength(7);
    expect(scsStar3.parts.flatMap((p) => p.requirements)).toHaveLength(26);
    const ids = criteriaOf(scsStar3).map((c) => c.id);
    expect(ids).toHaveLength(81);
    expect(new Set(ids).size).toBe(81);
    expect(ids).toContain('4-4-4-2');
    expect(ids.every((id) => /^\d-\d-\d-\d$/.test(id))).toBe(true);
  });

  it('gives every one of the 81 criteria its own label and help in both languages, no two labels alike', () => {
    const all = criteriaOf(scsStar3);
    expect(all).toHaveLength(81);
    for (const c of all) {
      expect(c.label.ja && c.label.en && c.help?.ja && c.help.en, c.id).toBeTruthy();
      expect(c.label.ja, c.id).not.toMatch(/基準\d/);
    }
    for (const language of ['ja', 'en'] as const) expect(new Set(all.map((c) => c.label[language])).size).toBe(81);
    expect(findCriterion(scsStar3, '4-4-4-2')!.help!.ja).toContain('14日');
    expect(findCriterion(scsStar3, '4-1-2-1')!.label.ja).toBe('サーバーとネットワーク機器の管理者');
    expect(findCriterion(scsStar3, '9-9-9-9')).toBeNull();
  });

  it('conforms only when every criterion is done or not applicable', () => {
    const all = Object.fromEntries(criteriaOf(scsStar3).map((c) => [c.id, { value: 'done' }]));
    expect(conforms(scsStar3, all)).toBe(true);
    const withGaps = { ...all, '4-4-4-2': { value: 'partly' }, '7-1-1-1': { value: 'notApplicable' } };
    delete (withGaps as Record<string, unknown>)['1-3-1-1'];
    expect(blockers(scsStar3, withGaps).map((c) => c.id)).toEqual(['1-3-1-1', '4-4-4-2']);
    const protect = progressByPart(scsStar3, withGaps).find((p) => p.partId === 'protect')!;
    expect(protect).toMatchObject({ criteria: 48, answered: 48, passing: 47 });
  });

  it('★4 extends ★3 with the 17 ★4-only requirements as gaps', () => {
    expect(scsStar4.extends).toEqual({ id: scsStar3.id, version: scsStar3.version });
    expect(criteriaOf(scsStar4)).toHaveLength(17);
    expect(blockers(scsStar4, {}).map((c) => c.id)).toContain('5-2-1');
  });
});

describe('a framework added as data only', () => {
  it('the management guideline checklist is listed, scored and progressed by the same engine', () => {
    expect(frameworks).toContain(managementGuideline);
    expect(criteriaOf(managementGuideline)).toHaveLength(10);
    const answers = Object.fromEntries(criteriaOf(managementGuideline).map((c, i) => [c.id, { value: i < 6 ? 'yes' : 'no' }]));
    expect(totalPoints(managementGuideline, answers)).toBe(6);
  });
});
