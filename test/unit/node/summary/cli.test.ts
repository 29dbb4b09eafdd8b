import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDemoWorkspace } from '../../../../electron/services/demo';
import { Services } from '../../../../electron/services/services';
import { runSummaryCli } from '../../../../electron/services/summary/cli-run';
import { createInProcessApi } from '../../../support/in-process-api';
import { makeTempDir } from '../../../support/temp-dir';

/** The current workspace exported through the app's own API, as the user would save it. */
async function exportedBytes(api: ReturnType<typeof createInProcessApi>['api'], passphrase?: string): Promise<Buffer> {
  const file = await api.workspace.exportFile(passphrase ? { passphrase } : {});
  return Buffer.from(file.base64, 'base64');
}

async function run(args: string[], env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runSummaryCli(args, { out: (l) => out.push(l), err: (l) => err.push(l), now: () => new Date('2026-11-25T03:00:00Z'), env });
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

  it('summarises an exported file, plain and encrypted (passphrase from a file or the environment)', async () => {
    const { api } = createInProcessApi({ now: () => new Date('2026-11-25T01:00:00Z') });
    await api.workspace.createDemo();
    const dir = makeTempDir('otasuke-cli-export-');
    const plain = path.join(dir, 'plain.otasuke');
    const sealed = path.join(dir, 'sealed.otasuke');
    fs.writeFileSync(plain, await exportedBytes(api));
    fs.writeFileSync(sealed, await exportedBytes(api, 'correct horse battery'));
    const passFile = path.join(dir, 'pass.txt');
    fs.writeFileSync(passFile, 'correct horse battery\n');

    const fromPlain = path.join(dir, 'plain.pdf');
    expect((await run([plain, '--out', fromPlain])).code).toBe(0);
    const fromFile = path.join(dir, 'sealed-file.pdf');
    expect((await run([sealed, '--out', fromFile, '--passphrase-file', passFile])).code).toBe(0);
    const fromEnv = path.join(dir, 'sealed-env.pdf');
    expect((await run([sealed, '--out', fromEnv, '--lang', 'en'], { OTASUKE_PASSPHRASE: 'correct horse battery' })).code).toBe(0);
    for (const file of [fromPlain, fromFile]) {
      const text = pdfText(file);
      expect(text).toContain('サンプル株式会社');
      expect(text).toContain('ランサムウェア'); // an incident title from the demo data
    }
    expect(pdfText(fromEnv)).toContain('Forthesupportprovider');
  }, 90_000);

  it('a wrong or missing passphrase, a truncated, tampered or foreign file: clear message, exit 1, no PDF', async () => {
    const { api } = createInProcessApi({ now: () => new Date('2026-11-25T01:00:00Z') });
    await api.workspace.createDemo();
    const dir = makeTempDir('otasuke-cli-bad-');
    const sealedText = (await exportedBytes(api, 'correct horse battery')).toString('utf8');
    const plainText = (await exportedBytes(api)).toString('utf8');
    const envelope = JSON.parse(sealedText) as { ciphertext: string };
    const flipped = envelope.ciphertext.startsWith('A') ? 'B' : 'A';
    const cases: [string, string, string[], Record<string, string>, string][] = [
      ['sealed.otasuke', sealedText, [], {}, 'パスフレーズを入力してください'],
      ['sealed2.otasuke', sealedText, [], { OTASUKE_PASSPHRASE: 'wrong one' }, 'パスフレーズが違います'],
      ['cut.otasuke', plainText.slice(0, Math.floor(plainText.length / 2)), [], {}, 'ファイルが途中で切れています'],
      ['tampered.otasuke', JSON.stringify({ ...envelope, ciphertext: flipped + envelope.ciphertext.slice(1) }), [], { OTASUKE_PASSPHRASE: 'correct horse battery' }, '書き換えられています'],
      ['notes.txt', 'just some notes', [], {}, 'おたすけデスクのファイルではない'],
    ];
    for (const [name, content, extra, env, message] of cases) {
      const input = path.join(dir, name);
      fs.writeFileSync(input, content);
      const result = await run([input, '--out', path.join(dir, 'out.pdf'), ...extra], env);
      expect(result.code, name).toBe(1);
      expect(result.err, name).toContain('エクスポートファイルを読み込めません');
      expect(result.err, name).toContain(message);
    }
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.pdf'))).toEqual([]);
    const wrong = await run([path.join(dir, 'sealed2.otasuke'), '--out', path.join(dir, 'out.pdf')], { OTASUKE_PASSPHRASE: 'nope' });
    expect(wrong.err).toContain('--passphrase-file'); // tells how to give it without exposing it
    const noPassphraseOption = await run([path.join(dir, 'sealed.otasuke'), '--out', path.join(dir, 'out.pdf'), '--passphrase', 'x']);
    expect(noPassphraseOption.code).toBe(2);
  }, 90_000);

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
