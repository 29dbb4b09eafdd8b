import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runStatsCli } from '../../../../electron/cli/run-stats';
import { factsFile } from '../../../../electron/features/statistics';
import { makeTempDir } from '../../../support/temp-dir';
import { fixture } from './fixture';

function io() {
  const lines = { out: [] as string[], err: [] as string[] };
  return { lines, io: { out: (l: string) => lines.out.push(l), err: (l: string) => lines.err.push(l) } };
}

describe('npm run stats', { timeout: 120_000 }, () => {
  it('makes an .xlsx report from a folder of files, tells which file it refused, keeps an existing output without --force', async () => {
    const dir = makeTempDir('otasuke-stats-cli-');
    fs.writeFileSync(path.join(dir, 'a.parquet'), await factsFile(fixture, 'parquet'));
    fs.writeFileSync(path.join(dir, 'b.parquet'), 'not parquet');
    const out = path.join(makeTempDir('otasuke-stats-out-'), 'report.xlsx');
    const first = io();
    expect(await runStatsCli([dir, '--out', out], first.io)).toBe(0);
    expect(first.lines.err).toEqual(['読み込みませんでした — b.parquet: 集計ファイル（Parquet）ではありません。']);
    expect(first.lines.out).toEqual([`保存しました: ${out}（7社）`]);
    expect(fs.statSync(out).mode & 0o777).toBe(0o600);
    expect(fs.readFileSync(out).subarray(0, 2).toString()).toBe('PK');

    const before = fs.readFileSync(out);
    const again = io();
    expect(await runStatsCli([dir, '--out', out], again.io)).toBe(1);
    expect(again.lines.err.join('\n')).toContain('--force');
    expect(fs.readFileSync(out).equals(before)).toBe(true);
  });

  it('writes the sample portfolio as Parquet, and answers wrong usage with one sentence and the usage (exit 2)', async () => {
    const out = path.join(makeTempDir('otasuke-stats-out-'), 'stats.parquet');
    const made = io();
    expect(await runStatsCli(['--demo-portfolio', '--out', out], made.io)).toBe(0);
    expect(fs.readFileSync(out).subarray(0, 4).toString()).toBe('PAR1');
    const wrong = io();
    expect(await runStatsCli(['--demo-portfolio', '--out', path.join(path.dirname(out), 'report.xlsx')], wrong.io)).toBe(2);
    expect(wrong.lines.err[0]).toMatch(/^--out の拡張子は .xlsx か .pdf/);
    const unknown = io();
    expect(await runStatsCli(['--frobnicate'], unknown.io)).toBe(2);
    expect(unknown.lines.err[0]).toMatch(/^--frobnicate というオプションはありません。/);
  });

  it('a folder as --out gets a message about a file name for this command, never about a PDF', async () => {
    const folder = path.join(makeTempDir('otasuke-stats-out-'), 'stats.parquet');
    fs.mkdirSync(folder);
    const ja = io();
    expect(await runStatsCli(['--demo-portfolio', '--out', folder], ja.io)).toBe(1);
    expect(ja.lines.err.join('\n')).toContain(`保存先はフォルダです: ${folder}`);
    expect(ja.lines.err.join('\n')).toContain(`（例: ${folder}/stats.parquet）`);
    expect(ja.lines.err.join('\n')).not.toContain('PDF');
    const en = io();
    expect(await runStatsCli(['--demo-portfolio', '--out', folder, '--lang', 'en'], en.io)).toBe(1);
    expect(en.lines.err.join('\n')).toContain(`Give a file name with --out (for example ${folder}/stats.parquet).`);
    expect(fs.readdirSync(folder)).toEqual([]);
  });
});
