import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDemoWorkspace } from '../../../../electron/services/demo';
import { Services } from '../../../../electron/services/services';
import { runSummaryCli } from '../../../../electron/services/summary/cli-run';
import { makeTempDir } from '../../../support/temp-dir';

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runSummaryCli(args, { out: (l) => out.push(l), err: (l) => err.push(l), now: () => new Date('2026-11-25T03:00:00Z') });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const pdfText = (file: string) => execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');

describe('npm run summary', () => {
  it('--demo writes the demo company summary, and only that file', async () => {
    const dir = makeTempDir('otasuke-cli-');
    const file = path.join(dir, 'demo.pdf');
    const result = await run(['--demo', '--out', file]);
    expect(result.code).toBe(0);
    expect(result.out).toContain('PDFを保存しました');
    expect(fs.readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(file);
    expect(text).toContain('サンプル株式会社');
    expect(text).toContain('支援機関向け');
    expect(fs.readdirSync(dir)).toEqual(['demo.pdf']);
  }, 60_000);

  it('--audience insurer --lang en writes the English insurer version', async () => {
    const file = path.join(makeTempDir('otasuke-cli-'), 'insurer.pdf');
    expect((await run(['--demo', '--out', file, '--audience', 'insurer', '--lang', 'en'])).code).toBe(0);
    const text = pdfText(file);
    expect(text).toContain('Fortheinsurer');
    expect(text).not.toContain('山田太郎'); // the representative's name stays out
  }, 60_000);

  it('summarises a data folder\'s workspace', async () => {
    const dataDir = makeTempDir('otasuke-cli-data-');
    const ws = createDemoWorkspace(new Services({ dataDir, platform: { host: 'browser', appVersion: 'test' } }));
    const file = path.join(makeTempDir('otasuke-cli-'), 'ws.pdf');
    expect((await run(['--data-dir', dataDir, '--workspace', ws.id, '--out', file])).code).toBe(0);
    expect(pdfText(file)).toContain('サンプル株式会社');
    const unknown = await run(['--data-dir', dataDir, '--workspace', 'no-such-workspace', '--out', file]);
    expect(unknown.code).not.toBe(0);
    expect(unknown.err).toContain('ワークスペースが見つかりません');
  }, 60_000);

  it('a missing input file: a clear message, non-zero exit, no file', async () => {
    const dir = makeTempDir('otasuke-cli-');
    const result = await run([path.join(dir, 'nothing.otasuke'), '--out', path.join(dir, 'out.pdf')]);
    expect(result.code).not.toBe(0);
    expect(result.err).toContain('ファイルが見つかりません');
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('an export file is refused plainly until the export format lands', async () => {
    const dir = makeTempDir('otasuke-cli-');
    const input = path.join(dir, 'company.otasuke');
    fs.writeFileSync(input, '{}');
    const result = await run([input, '--out', path.join(dir, 'out.pdf'), '--lang', 'en']);
    expect(result.code).toBe(1);
    expect(result.err).toContain('not supported yet');
    expect(fs.readdirSync(dir)).toEqual(['company.otasuke']);
  });

  it('wrong usage exits 2 and shows how to use it', async () => {
    for (const args of [['--demo'], ['--demo', '--out', 'x.pdf', '--audience', 'bank'], ['--out', 'x.pdf'], ['--demo', 'a.otasuke', '--out', 'x.pdf']]) {
      const result = await run(args);
      expect(result.code).toBe(2);
      expect(result.err).toContain('npm run summary --');
    }
  });

  it('a PDF that cannot be written leaves nothing half-written behind, and keeps an existing file', async () => {
    const dir = makeTempDir('otasuke-cli-');
    const blocked = path.join(dir, 'summary.pdf');
    fs.mkdirSync(blocked); // a folder where the file should go: the final rename fails
    const result = await run(['--demo', '--out', blocked]);
    expect(result.code).toBe(1);
    expect(result.err).toContain('PDFを保存できませんでした');
    expect(fs.readdirSync(dir)).toEqual(['summary.pdf']);
    expect(fs.statSync(blocked).isDirectory()).toBe(true);
  }, 60_000);
});
