import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDemoWorkspace } from '../../../../electron/features/workspaces/demo';
import { Services } from '../../../../electron/services/services';
import { runSummaryCli } from '../../../../electron/cli/run-summary';
import { createInProcessApi } from '../../../support/in-process-api';
import { makeTempDir } from '../../../support/temp-dir';

/** The current workspace exported through the app's own API, as the user would save it. */
async function exportedBytes(api: ReturnType<typeof createInProcessApi>['api'], passphrase?: string): Promise<Buffer> {
  const file = await api.workspaces.exportFile(passphrase ? { passphrase } : {});
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
    const unknown = await run(['--data-dir', dataDir, '--workspace', 'no-such-workspace', '--out', `${file}.2`]);
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
    await api.workspaces.createDemo();
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
    await api.workspaces.createDemo();
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

  it('an unknown or incomplete flag: one plain line naming it, then the usage, exit 2', async () => {
    const unknown = await run(['--demo', '--out', 'x.pdf', '--passphrase', 'secret']);
    expect(unknown.code).toBe(2);
    expect(unknown.err.split('\n')[0]).toBe('--passphrase というオプションはありません。');
    expect(unknown.err).toContain('npm run summary --');
    expect(unknown.err).not.toMatch(/ERR_PARSE_ARGS|Unknown option/);
    const short = await run(['--demo', '-x', '--out', 'x.pdf', '--lang', 'en']);
    expect(short.code).toBe(2);
    expect(short.err.split('\n')[0]).toBe('There is no option -x.');
    expect(short.err).toContain('Usage: npm run summary --');
    const noValue = await run(['--demo', '--out']);
    expect(noValue.code).toBe(2);
    expect(noValue.err.split('\n')[0]).toBe('--out のあとに値を書いてください。');
    const valueOnSwitch = await run(['--demo=yes', '--out', 'x.pdf', '--lang=en']);
    expect(valueOnSwitch.err.split('\n')[0]).toBe('--demo takes no value.');
  });

  it('an existing --out is kept unless --force is given', async () => {
    const dir = makeTempDir('otasuke-cli-');
    const file = path.join(dir, 'summary.pdf');
    fs.writeFileSync(file, 'my earlier summary');
    const refused = await run(['--demo', '--out', file]);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('保存先に同じ名前のファイルがすでにあります');
    expect(refused.err).toContain('--force');
    expect(fs.readFileSync(file, 'utf8')).toBe('my earlier summary');
    expect(fs.readdirSync(dir)).toEqual(['summary.pdf']);
    const forced = await run(['--demo', '--out', file, '--force']);
    expect(forced.code).toBe(0);
    expect(fs.readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
    expect(fs.readdirSync(dir)).toEqual(['summary.pdf']);
  }, 60_000);

  it('--out naming the input export is refused even with --force, however it is spelt', async () => {
    const { api } = createInProcessApi({ now: () => new Date('2026-11-25T01:00:00Z') });
    await api.workspaces.createDemo();
    const dir = makeTempDir('otasuke-cli-same-');
    const input = path.join(dir, 'company.otasuke');
    const bytes = await exportedBytes(api);
    fs.writeFileSync(input, bytes);
    fs.mkdirSync(path.join(dir, 'sub'));
    fs.symlinkSync(input, path.join(dir, 'link.pdf'));
    fs.linkSync(input, path.join(dir, 'hard.pdf'));
    const spellings = [input, path.join(dir, 'sub', '..', 'company.otasuke'), path.join(dir, 'link.pdf'), path.join(dir, 'hard.pdf')];
    for (const out of spellings) {
      const result = await run([input, '--out', out, '--force']);
      expect(result.code, out).toBe(1);
      expect(result.err, out).toContain('保存先が読み込むファイルと同じです');
    }
    const viaLink = await run([path.join(dir, 'link.pdf'), '--out', input, '--force', '--lang', 'en']);
    expect(viaLink.err).toContain('The output is the file being read');
    expect(fs.readFileSync(input).equals(bytes)).toBe(true);
    // A passphrase file is read too: it is never replaced by the PDF.
    const passFile = path.join(dir, 'pass.txt');
    fs.writeFileSync(passFile, 'correct horse battery\n');
    const overPass = await run([input, '--out', passFile, '--passphrase-file', passFile, '--force']);
    expect(overPass.code).toBe(1);
    expect(fs.readFileSync(passFile, 'utf8')).toBe('correct horse battery\n');
  }, 60_000);

  it('a folder as --out, or a PDF inside the data folder read: a plain message, nothing written', async () => {
    const dir = makeTempDir('otasuke-cli-');
    const folder = path.join(dir, 'summary.pdf');
    fs.mkdirSync(folder);
    for (const force of [[], ['--force']]) {
      const result = await run(['--demo', '--out', folder, ...force]);
      expect(result.code).toBe(1);
      expect(result.err).toContain(`保存先はフォルダです: ${folder}`);
      expect(result.err).toContain(`（例: ${folder}/summary.pdf）`);
      expect(result.err).not.toContain('EISDIR');
    }
    expect(fs.readdirSync(dir)).toEqual(['summary.pdf']);
    expect(fs.readdirSync(folder)).toEqual([]);

    const dataDir = makeTempDir('otasuke-cli-data-');
    createDemoWorkspace(new Services({ dataDir, platform: { host: 'browser', appVersion: 'test' } }));
    const before = fs.readdirSync(dataDir).sort();
    const inside = await run(['--data-dir', dataDir, '--out', path.join(dataDir, 'summary.pdf')]);
    expect(inside.code).toBe(1);
    expect(inside.err).toContain('保存先がデータフォルダの中です');
    expect(fs.readdirSync(dataDir).sort()).toEqual(before);
  }, 60_000);

  // Saved PDFs are 社外秘: the shared atomic write creates them 0600, whatever the umask.
  it.skipIf(process.platform === 'win32')('the saved PDF is readable by its owner only (mode 0600)', async () => {
    const dir = makeTempDir('otasuke-cli-');
    const file = path.join(dir, 'demo.pdf');
    const previous = process.umask(0o022);
    try {
      expect((await run(['--demo', '--out', file])).code).toBe(0);
    } finally {
      process.umask(previous);
    }
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(fs.readdirSync(dir)).toEqual(['demo.pdf']);
  }, 60_000);
});
