import { selfCheckText } from '../../../../shared/self-check/i18n';
import { describe, expect, it } from 'vitest';
import { buildSummaryDocument } from '../../../../shared/summary/document';
import type { SummaryInput } from '../../../../shared/summary/input';
import { presetOptions, type SummaryOptions } from '../../../../shared/summary/options';
import { fullSummaryInput, profileOnlyInput } from '../../../fixtures/summary-input';
import { definitionText } from './doc-text';

const meta = { generatedAt: '2026-11-25T03:00:00.000Z', fingerprint: 'ab12cd34ef56789000112233445566778899aabbccddeeff0011223344556677' };
const textOf = (input: SummaryInput, options: SummaryOptions) => definitionText(buildSummaryDocument(input, options, meta));

describe('the summary document model', () => {
  it('is A4 with the company, the date, score and band, and "n / N" with the fingerprint in the footer', () => {
    const doc = buildSummaryDocument(fullSummaryInput(), presetOptions('provider', 'ja'), meta);
    expect(doc.pageSize).toBe('A4');
    const text = definitionText(doc);
    expect(text).toContain('サンプル株式会社');
    expect(text).toContain('作成日: 2026年11月25日');
    expect(text).toContain('58点（100点満点）');
    expect(text).toContain('対策に不足あり');
    expect(text).toContain('2 / 3');
    expect(text).toContain('AB12-CD34-EF56-7890');
    expect(text).not.toContain('AB12-CD34-EF56-7890-0011'); // only the short form
  });

  it('shows every section to the support provider, with notes and names', () => {
    const text = textOf(fullSummaryInput(), presetOptions('provider', 'ja'));
    for (const heading of ['会社の情報', '自己診断の結果', '弱いところと改善のヒント', '「わからない」と答えた質問', '対策の計画', '事故・トラブルの記録', '連絡先', '支援者のメモ・確認欄']) {
      expect(text).toContain(heading);
    }
    expect(text).toContain('レジ横のパソコンだけ期限切れ'); // a self-check note
    expect(text).toContain('VPN機器の更新漏れ'); // an incident's free text
    expect(text).toContain('佐藤 花子');
    expect(text).toContain('06-6123-4567');
  });

  it('gives the insurer profile, controls and incidents with dates, reporting and costs, but no notes or names', () => {
    const input = fullSummaryInput();
    const text = textOf(input, presetOptions('insurer', 'ja'));
    expect(text).toContain('保険会社向け');
    expect(text).toContain('経理用パソコンがランサムウェアに感染');
    expect(text).toContain('2026年6月3日'); // when it happened
    // The insurer pack's incident facts: stage dates and PPC reports one per line.
    expect(text).toContain('発生: 2026年6月3日');
    expect(text).toContain('個人情報保護委員会へ確報');
    expect(text).toContain('主なセキュリティ対策の状況');
    expect(text).toContain('申告内容の確認（代表者）');
    expect(text).toContain('742,500円');
    expect(text).toContain('データ復旧作業');
    expect(text).not.toContain('支援者のメモ・確認欄');
    expect(text).not.toContain('大阪府警察 サイバー犯罪相談窓口'); // the contact list is not in the preset
    // No free text and no personal name anywhere, wherever the data holds them.
    const notes = [
      ...input.selfCheck!.weakItems.map((w) => w.note),
      ...input.incidents!.map((i) => i.summaryText),
      ...input.actions!.map((a) => a.note),
    ].filter(Boolean);
    const names = [input.profile.representative, input.profile.itContact, ...input.incidents!.flatMap((i) => i.people)];
    for (const secret of [...notes, ...names]) expect(text).not.toContain(secret);
  });

  it('prints the insurer notes and names only when each is ticked in', () => {
    const input = fullSummaryInput();
    const notesOnly = textOf(input, { ...presetOptions('insurer', 'ja'), includeNotes: true });
    expect(notesOnly).toContain('VPN機器の更新漏れ');
    expect(notesOnly).not.toContain('佐藤 花子');
    const namesOnly = textOf(input, { ...presetOptions('insurer', 'ja'), includeNames: true });
    expect(namesOnly).not.toContain('VPN機器の更新漏れ');
    expect(namesOnly).toContain('佐藤 花子');
    expect(namesOnly).toContain('山田 太郎'); // the representative
  });

  it('shows "not recorded yet" for each part a feature has not stored, and does not crash', () => {
    const text = textOf(profileOnlyInput(), presetOptions('provider', 'ja'));
    // self-check (3 parts), actions, incidents, contacts, evidence and records
    expect(text.match(/未記録（まだ記録がありません）/g)).toHaveLength(7);
    const en = textOf(profileOnlyInput(), presetOptions('provider', 'en'));
    expect(en).toContain('Not recorded yet');
  });

  it('leaves out the sections the user unticked', () => {
    const options = { ...presetOptions('provider', 'ja'), sections: ['profile', 'incidents'] as SummaryOptions['sections'] };
    const text = textOf(fullSummaryInput(), options);
    expect(text).toContain('事故・トラブルの記録');
    expect(text).not.toContain('自己診断の結果');
    expect(text).not.toContain('06-6123-4567');
  });

  it('says empty, not "not recorded", when a part is recorded but has nothing in it', () => {
    const input: SummaryInput = { ...profileOnlyInput(), incidents: [], contacts: [] };
    const text = textOf(input, { ...presetOptions('provider', 'ja'), sections: ['incidents', 'contacts'] });
    expect(text.match(/該当するものはありません。/g)).toHaveLength(2);
    expect(text).not.toContain('未記録');
  });

  it('rates and words the answers as the results page does (ja, en)', () => {
    for (const language of ['ja', 'en'] as const) {
      const input = fullSummaryInput();
      const text = textOf(input, presetOptions('provider', language));
      const screen = selfCheckText[language];
      expect(text).toContain(screen.bands[input.selfCheck!.band].name);
      for (const item of input.selfCheck!.weakItems) expect(text).toContain(screen.answers[item.answer]);
    }
  });

  it('speaks English when asked', () => {
    const text = textOf(fullSummaryInput(), presetOptions('provider', 'en'));
    expect(text).toContain('Security consultation summary');
    expect(text).toContain('Date: 25 Nov 2026');
    expect(text).toContain('Clear gaps');
    expect(text).toContain('¥742,500');
    expect(text).not.toContain('未記録');
  });
});
