import { execFileSync } from 'node:child_process';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { runSummaryCli } from '../../../../electron/cli/run-summary';
import { shortFingerprint } from '../../../../shared/fingerprint/short-form';
import { localDay } from '../../../../shared/dates/local-day';
import { createInProcessApi } from '../../../support/in-process-api';
import { makeTempDir } from '../../../support/temp-dir';

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runSummaryCli(args, { out: (l) => out.push(l), err: (l) => err.push(l), now: () => new Date() });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const pages = (file: string) => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).split('\f').filter((p) => p.trim() !== '');

describe('the ★3 package', () => {
  it('npm run summary -- --demo --report scs: requirement ids, confirmations, gaps, the pledge page, the fingerprint on every page', async () => {
    const dir = makeTempDir('otasuke-scs-cli-');
    const file = path.join(dir, 'scs.pdf');
    const result = await run(['--demo', '--report', 'scs', '--out', file]);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    const fingerprint = /([0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4})/.exec(result.out)![1]!;
    const text = pages(file);
    expect(text.length).toBeGreaterThan(3);
    for (const page of text) expect(page).toContain(`データの指紋 ${fingerprint}`);
    const all = text.join('\n');
    for (const id of ['1-2-1-1', '4-4-4-2', '6-1-1-5', '7-1-1-1']) expect(all).toContain(id);
    expect(all).toContain('田中 一郎');
    expect(all).toContain('その後変更あり');
    expect(all).toContain('まだ満たしていない基準と予定');
    expect(text.at(-1)).toContain('自己適合の宣誓');
    expect(text.at(-1)).toContain('署名・押印');
  }, 90_000);

  it('--lang en, and a plain message when the company has not started ★3', async () => {
    const dir = makeTempDir('otasuke-scs-cli-');
    const en = await run(['--demo', '--report', 'scs', '--lang', 'en', '--out', path.join(dir, 'en.pdf')]);
    expect(en.code).toBe(0);
    expect(pages(path.join(dir, 'en.pdf')).at(-1)).toContain('Self-conformity pledge');
    const bad = await run(['--demo', '--report', 'nothing', '--out', path.join(dir, 'x.pdf')]);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--report は summary');
  }, 90_000);

  it('the app makes the package and the .xlsx of the answers, with the same fingerprint the page shows', async () => {
    const { api } = createInProcessApi();
    await api.workspaces.createDemo();
    const view = (await api.scs.current({ today: localDay() }))!;
    const pdf = await api.scs.packagePdf({ language: 'ja' });
    expect(pdf.fingerprint).toBe(shortFingerprint(view.fingerprint));
    expect(Buffer.from(pdf.base64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    const sheet = await api.scs.answerSheet({ language: 'ja' });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(sheet.base64, 'base64') as never);
    const rows = book.worksheets[0]!.getSheetValues().filter(Boolean).map((r) => (r as unknown[]).slice(1));
    const patching = rows.find((r) => r[0] === '4-4-4-2')!;
    expect(patching[2]).toBe('実施 ○');
    expect(String(patching[5])).toContain('14日以内');
    expect(rows.filter((r) => typeof r[0] === 'string' && /^\d-\d-\d-\d+$/.test(r[0] as string))).toHaveLength(81);
  }, 60_000);

  it('refuses to make a package before a workbook exists', async () => {
    const { api } = createInProcessApi();
    await api.workspaces.create({ name: 'やまだ商店' });
    await expect(api.scs.packagePdf({ language: 'ja' })).rejects.toMatchObject({ code: 'not_found' });
  });
});
