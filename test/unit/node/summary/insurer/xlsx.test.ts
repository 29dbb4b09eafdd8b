import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { claimSheetFile, insurerSheetFile } from '../../../../../electron/features/summary/insurer-files';
import { toSummaryIncidents } from '../../../../../shared/incidents/summary-part';
import { demoIncidents } from '../../../../../shared/incidents/demo';
import type { SummaryInput } from '../../../../../shared/summary/input';
import { fixtureSelfCheck, profileOnlyInput } from '../../../../fixtures/summary-input';

const now = new Date('2026-12-03T09:00:00Z');
const input: SummaryInput = {
  ...profileOnlyInput(),
  selfCheck: { ...fixtureSelfCheck(), answers: { q02: { answer: 'yes', answeredAt: '2026-11-20' } } },
  incidents: toSummaryIncidents(demoIncidents(now), '2026-12-03', 'ja'),
};
// Printed in Japanese, so the fingerprint is taken of the same input.
const inputs = { input, fingerprintOf: input };

async function read(base64: string) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(base64, 'base64') as never);
  return workbook;
}
const rowsOf = (ws: ExcelJS.Worksheet) => {
  const rows: unknown[][] = [];
  ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
};

describe('the insurer spreadsheets, read back', () => {
  it('holds the controls with their state and evidence, the open points and the incidents with leak facts', async () => {
    const file = await insurerSheetFile(inputs, 'ja', now);
    expect(file.fileName).toMatch(/^insurer-answers_.+_2026-12-03\.xlsx$/);
    const workbook = await read(file.base64);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['主な対策', '確認中の項目', '過去5年間の事故']);
    const controls = rowsOf(workbook.getWorksheet('主な対策')!);
    expect(controls).toContainEqual(['ウイルス対策・EDR（全台に導入）', '実施', 'Q02「ウイルス対策ソフト」の回答：実施している（2026年11月20日）']);
    expect(controls.find((r) => r[0] === '多要素認証（メール・リモート接続・管理者アカウント・クラウド）')?.[1]).toBe('不明');
    const open = rowsOf(workbook.getWorksheet('確認中の項目')!);
    expect(open.some((r) => r[0] === 'Q03')).toBe(true);
    const incidents = rowsOf(workbook.getWorksheet('過去5年間の事故')!);
    const header = incidents.find((r) => r[0] === '件名')!;
    const ransomware = incidents.find((r) => r[0] === '受注管理パソコンがランサムウェアに感染')!;
    const cell = (name: string) => ransomware[header.indexOf(name)];
    expect(cell('対象の人数')).toBe(1800);
    expect(cell('含まれていた情報')).toBe('氏名、住所、電話番号、購入履歴');
    expect(cell('事故対応費用')).toBe(263000);
    expect(cell('復旧')).toBe('未記録');
  });

  it('makes a claim cost file for one incident: lines under their heading, receipts, subtotals and total', async () => {
    const file = await claimSheetFile(inputs, 'demo-incident-ransomware', 'ja', now);
    const rows = rowsOf((await read(file.base64)).worksheets[0]!);
    expect(rows).toContainEqual(['事故対応費用', '保守業者の緊急対応（出張費込み）', 165000, '2026年12月2日', '領収書あり']);
    expect(rows).toContainEqual(['事故対応費用 合計', '', 263000, '', '']);
    expect(rows).toContainEqual(['合計', '', 263000, '', '']);
    expect(rows.some((r) => String(r[0]).includes('受注管理パソコンがランサムウェアに感染'))).toBe(true);
  });

  it('refuses an incident that does not exist', async () => {
    await expect(claimSheetFile(inputs, 'no-such-incident', 'ja', now)).rejects.toMatchObject({ code: 'not_found' });
  });
});
