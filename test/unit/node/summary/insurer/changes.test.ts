import { describe, expect, it } from 'vitest';
import { changesSinceLastPack, insurerPackDigest } from '../../../../../shared/summary/insurer/changes';
import { buildSummaryDocument } from '../../../../../shared/summary/document';
import { presetOptions } from '../../../../../shared/summary/options';
import type { SummaryInput, SummarySelfCheck } from '../../../../../shared/summary/input';
import { fixtureIncidents, fixtureSelfCheck, profileOnlyInput } from '../../../../fixtures/summary-input';
import { definitionText } from '../doc-text';

const check = (answers: Record<string, 'yes' | 'partly' | 'no' | 'unknown'>): SummarySelfCheck => ({
  ...fixtureSelfCheck(),
  answers: Object.fromEntries(Object.entries(answers).map(([q, answer]) => [q, { answer, answeredAt: '2026-11-20' }])),
});
const input = (selfCheck: SummarySelfCheck, incidentIds: string[], last: SummaryInput['lastInsurerPack'] = null): SummaryInput => ({
  ...profileOnlyInput(),
  selfCheck,
  incidents: incidentIds.map((id) => ({ ...fixtureIncidents()[0]!, id, title: `事故 ${id}` })),
  lastInsurerPack: last,
});

describe('changes since the last insurer pack', () => {
  const before = input(check({ q02: 'partly', q01: 'yes', q11: 'no', q24: 'yes' }), ['inc-a']);
  const last = insurerPackDigest(before, 'f'.repeat(64), '2026-05-01T09:00:00.000Z');

  it('is null before any pack was given', () => {
    expect(changesSinceLastPack(before)).toBeNull();
  });

  it('names controls improved and worse, a move to 不明 as changed, and new incidents', () => {
    const now = input(check({ q02: 'yes', q01: 'no', q11: 'no' }), ['inc-b', 'inc-a'], last);
    const changes = changesSinceLastPack(now)!;
    expect(changes.controls).toEqual([
      { id: 'antiMalware', before: 'partial', now: 'implemented', direction: 'improved' },
      { id: 'patching', before: 'implemented', now: 'notImplemented', direction: 'worse' },
      { id: 'incidentResponse', before: 'implemented', now: 'unknown', direction: 'changed' },
    ]);
    expect(changes.newIncidentIds).toEqual(['inc-b']);
  });

  it('prints them on the insurer pack, with the day and fingerprint of the last pack', () => {
    const now = input(check({ q02: 'yes', q01: 'no', q11: 'no', q24: 'yes' }), ['inc-b', 'inc-a'], last);
    const doc = buildSummaryDocument(now, { ...presetOptions('insurer', 'ja'), sections: ['insurerChanges'] }, { generatedAt: '2026-12-03T09:00:00.000Z', fingerprint: 'a'.repeat(64) });
    const text = definitionText(doc);
    expect(text).toContain('前回の資料：2026年5月1日作成');
    expect(text).toMatch(/良くなった対策[\s\S]*ウイルス対策・EDR（全台に導入）: 一部 → 実施/);
    expect(text).toMatch(/悪くなった対策[\s\S]*OS・ソフトの更新（更新までの速さ）: 実施 → 未実施/);
    expect(text).toContain('事故 inc-b');
    expect(text).not.toContain('事故 inc-a');
  });
});
