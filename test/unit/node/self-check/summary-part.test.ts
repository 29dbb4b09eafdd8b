import { describe, expect, it } from 'vitest';
import { catalogId, currentCatalog, currentCatalogVersion } from '../../../../shared/self-check/catalog';
import { toSummarySelfCheck } from '../../../../shared/self-check/summary-part';
import type { Assessment } from '../../../../shared/self-check/schema';
import { answersFrom } from './helpers';

const catalog = currentCatalog();
function check(id: string, code: string, completedAt: string | null): Assessment {
  return { id, catalogId, catalogVersion: currentCatalogVersion, startedAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', completedAt, position: 25, answers: answersFrom(code) };
}

describe('toSummarySelfCheck', () => {
  it('is null when no check is finished', () => {
    expect(toSummarySelfCheck([], catalog, [], 'ja')).toBeNull();
    expect(toSummarySelfCheck([check('open-0001', 'y'.repeat(10), null)], catalog, [], 'ja')).toBeNull();
  });

  it('summarises the latest finished check with weak and unknown items and the trend', () => {
    const older = check('old-00001', 'n'.repeat(25), '2026-03-01T00:00:00.000Z');
    const latest = check('new-00001', 'yuyyn' + 'p' + 'y'.repeat(19), '2026-10-01T00:00:00.000Z');
    const open = check('open-0001', 'y', null);
    const weak = [{ questionId: 'q07' as const, incidentId: 'inc-000001', incidentTitle: '誤送信', markedAt: '2026-10-02T00:00:00.000Z' }];
    const s = toSummarySelfCheck([latest, open, older], catalog, weak, 'en')!;
    expect(s.completedAt).toBe('2026-10-01T00:00:00.000Z');
    expect(s.total).toBe(4 * 22 - 1 + 0 + 2);
    expect(s.band).toBe('mostly');
    expect(s.parts).toEqual([
      { part: 1, score: 11, max: 20, percent: 55 },
      { part: 2, score: 50, max: 52, percent: 96 },
      { part: 3, score: 28, max: 28, percent: 100 },
    ]);
    expect(s.weakItems.map((i) => [i.questionId, i.answer])).toEqual([['q05', 'no'], ['q07', 'yes'], ['q06', 'partly']]);
    expect(s.weakItems[0]!.label).toBe('Know new threats');
    expect(s.unknownItems.map((i) => i.questionId)).toEqual(['q02']);
    expect(s.history).toEqual([
      { completedAt: '2026-03-01T00:00:00.000Z', total: 0 },
      { completedAt: '2026-10-01T00:00:00.000Z', total: 89 },
    ]);
  });
});
