import { describe, expect, it } from 'vitest';
import { demoIncidents } from '../../../../../shared/incidents/demo';
import { toSummaryIncidents } from '../../../../../shared/incidents/summary-part';
import { claimHeadingOf } from '../../../../../shared/incidents/claim-headings';
import { buildSummaryDocument } from '../../../../../shared/summary/document';
import { presetOptions } from '../../../../../shared/summary/options';
import { costsByClaimHeading, fiveYearIncidents } from '../../../../../shared/summary/insurer/five-years';
import type { SummaryIncident } from '../../../../../shared/summary/input';
import { fixtureIncidents, profileOnlyInput } from '../../../../fixtures/summary-input';
import { definitionText } from '../doc-text';

const now = new Date('2026-12-03T09:00:00Z');
const meta = { generatedAt: now.toISOString(), fingerprint: 'a'.repeat(64) };
const printed = (incidents: SummaryIncident[]) =>
  definitionText(buildSummaryDocument({ ...profileOnlyInput(), incidents }, { ...presetOptions('insurer', 'ja'), sections: ['insurerIncidents'] }, meta));

describe('incident facts in the insurer pack', () => {
  it('carries leak facts, stage dates, notifications and receipts from the incident log', () => {
    const [ransomware] = toSummaryIncidents(demoIncidents(now).filter((i) => i.id === 'demo-incident-ransomware'), '2026-12-03', 'ja');
    expect(ransomware!.personalData).toMatchObject({ involved: true, people: 1800, dataItems: '氏名、住所、電話番号、購入履歴', malicious: true });
    expect(ransomware!.containedAt).toBe('2026-12-01');
    expect(ransomware!.notifications!.map((n) => n.to)).toContain('あんしん損害保険株式会社');
    expect(ransomware!.costs.every((c) => c.receiptKept === true && c.claimHeading === 'response')).toBe(true);
  });

  it('prints 未記録 for each fact the part does not hold, never a made-up value', () => {
    // The shared fixture's incidents predate the leak fields: nothing about people, notifications or stages.
    const text = printed(fixtureIncidents().slice(0, 1).map((i) => ({ ...i, occurredAt: '2026-11-20', discoveredAt: '2026-11-20' })));
    expect(text).toContain('復旧: 未記録');
    expect(text).toMatch(/個人情報\s*未記録/);
    expect(text).toMatch(/連絡した相手\s*未記録/);
    expect(text).toMatch(/業務への影響・止まった期間\s*未記録/);
    expect(text).not.toContain('0人');
  });

  it('says "receipt: not recorded" when a cost line does not say, and sorts costs under the claim headings', () => {
    const incident: SummaryIncident = {
      ...fixtureIncidents()[0]!,
      costs: [
        { item: 'フォレンジック調査', amountYen: 300000, date: '2026-11-21', receiptKept: false, claimHeading: claimHeadingOf('フォレンジック調査') },
        { item: 'お客さまへの損害賠償', amountYen: 50000, date: '2026-11-22', claimHeading: claimHeadingOf('お客さまへの損害賠償') },
        { item: '休業中の売上減少', amountYen: 120000, date: '2026-11-23', claimHeading: claimHeadingOf('休業中の売上減少') },
        { item: '菓子折り', amountYen: 3000, date: '2026-11-23' },
      ],
      totalCostYen: 473000,
    };
    const groups = Object.fromEntries(costsByClaimHeading(incident).map((g) => [g.heading, g.totalYen]));
    expect(groups).toEqual({ response: 300000, liability: 50000, businessInterruption: 120000, other: 3000 });
    const text = printed([{ ...incident, occurredAt: '2026-11-20', discoveredAt: '2026-11-20' }]);
    expect(text).toContain('領収書なし');
    expect(text).toContain('領収書：未記録');
    expect(text).toContain('損害賠償: 50,000円');
  });

  it('keeps 5 years and anything still open', () => {
    const base = fixtureIncidents()[0]!;
    const old = { ...base, id: 'old', occurredAt: '2020-06-01', discoveredAt: '2020-06-01', closedAt: '2020-06-10' };
    const oldOpen = { ...base, id: 'old-open', occurredAt: '2020-06-01', discoveredAt: '2020-06-01', closedAt: '' };
    const recent = { ...base, id: 'recent', occurredAt: '2022-01-10', discoveredAt: '2022-01-10', closedAt: '2022-01-12' };
    expect(fiveYearIncidents([old, oldOpen, recent], '2026-12-03').map((i) => i.id)).toEqual(['recent', 'old-open']);
  });
});

describe('the cover and an unanswered personal-data question', () => {
  const cover = (handles: boolean | null) => {
    const input = profileOnlyInput();
    input.profile = { ...input.profile, personalData: { handles, approxPeople: null, sensitive: false } };
    return definitionText(buildSummaryDocument(input, { ...presetOptions('insurer', 'ja'), sections: ['profile'] }, meta));
  };
  it('prints 未回答 when not answered, never 扱っていない', () => {
    expect(cover(null)).toMatch(/個人情報\s*未回答/);
    expect(cover(null)).not.toContain('扱っていない');
  });
  it('prints 扱っていない only for an explicit no', () => {
    expect(cover(false)).toMatch(/個人情報\s*扱っていない/);
  });
});
