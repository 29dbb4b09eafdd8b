import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { localDay } from '../../../../shared/dates/local-day';
import { criteriaOf, scsStar3 } from '../../../../shared/frameworks';
import { createInProcessApi } from '../../../support/in-process-api';

/**
 * A workbook shaped as the research describes the official one: a title with the file's date, a
 * header, one row per criterion with its id and the official wording in B–N, answers in O–R.
 * The wording here is placeholder text made by this test, never the official text.
 */
async function fixture({ date = '2026年3月27日', ids = criteriaOf(scsStar3).map((c) => c.id) } = {}): Promise<string> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('評価基準');
  sheet.addRow(['', `評価基準（${date}版）`]);
  sheet.addRow(['', '番号', '要求事項', '評価基準', '', '', '', '', '', '', '', '', '', '', '結果', '根拠', '', '']);
  for (const id of ids) sheet.addRow(['', id, `要求事項 ${id.slice(0, 5)}`, `テスト用の基準文 ${id}：これは試験のために作った長めの説明文です。`, '', '', '', '', '', '', '', '', '', '', '', '']);
  return Buffer.from(await book.xlsx.writeBuffer()).toString('base64');
}

async function company() {
  const app = createInProcessApi();
  const ws = await app.api.workspaces.create({ name: 'やまだ商店' });
  await app.api.scs.start({ year: 2026 });
  return { ...app, ws: app.services.workspaces.get(ws.id) };
}

describe('bring your own official criteria workbook', () => {
  it('matches its criteria to ours by id, shows its version and SHA-256, and what each side lacks', async () => {
    const { api } = await company();
    const ids = [...criteriaOf(scsStar3).map((c) => c.id).filter((id) => id !== '4-5-1-7'), '1-1-1-1'];
    const base64 = await fixture({ ids });
    const report = await api.scs.importOfficial({ fileName: 'criteria.xlsx', base64 });
    expect(report).toMatchObject({ version: '2026-03-27', matched: 80, missingInFile: ['4-5-1-7'], extraInFile: ['1-1-1-1'] });
    expect(report.sha256).toBe(createHash('sha256').update(Buffer.from(base64, 'base64')).digest('hex'));
    const view = (await api.scs.current({ today: localDay() }))!;
    expect(view.official!.texts['4-4-4-2']).toContain('テスト用の基準文 4-4-4-2');
  });

  it('refuses a file that is not a workbook, has no criteria, is damaged or is another version; nothing saved', async () => {
    const { api, ws } = await company();
    const before = fs.readFileSync(`${ws.dir}/scs.json`, 'utf8');
    const problem = (base64: string, fileName = 'x.xlsx') => api.scs.importOfficial({ fileName, base64 }).then(() => 'accepted', (e: { code: string; issues?: { code: string }[] }) => `${e.code}:${e.issues?.[0]?.code}`);
    expect(await problem(Buffer.from('番号,基準\n1-2-1-1,x').toString('base64'), 'x.csv')).toBe('invalid_file:not_a_workbook');
    const good = Buffer.from(await fixture(), 'base64');
    expect(await problem(good.subarray(0, good.length / 2).toString('base64'))).toBe('invalid_file:not_a_workbook');
    expect(await problem(await fixture({ ids: [] }))).toBe('invalid_file:no_criteria');
    expect(await problem(await fixture({ date: '2026年4月21日' }))).toBe('invalid_file:other_version');
    expect(fs.readFileSync(`${ws.dir}/scs.json`, 'utf8')).toBe(before);
  });
});
