import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../support/temp-dir';

const script = path.resolve('scripts/prerequisites.mjs');
const isRootOnLinux = process.platform === 'linux' && process.getuid?.() === 0;

/** A machine without the tools: PATH is one empty folder of our own (node is run by its full path). */
function bareMachine() {
  const dir = makeTempDir('otasuke-prereq-');
  const bin = path.join(dir, 'bin');
  fs.mkdirSync(bin);
  return { dir, bin };
}

function check(args: string[], env: Record<string, string>) {
  const result = spawnSync(process.execPath, [script, ...args], { encoding: 'utf8', env: { HOME: process.env.HOME ?? '', ...env } });
  return { code: result.status, stdout: result.stdout, stderrLines: result.stderr.split('\n').filter(Boolean) };
}

/**
 * A stand-in for apt-get: it logs its arguments, fails `install` until `update` has run (a fresh
 * image's empty package lists), then "installs" stand-ins for pdftoppm, pdftotext and fc-list.
 */
function fakeAptGet(bin: string, dir: string, { works }: { works: boolean }) {
  const tool = (name: string, body: string) => `printf '#!/bin/sh\\n${body}\\n' > "${bin}/${name}"; chmod +x "${bin}/${name}"`;
  fs.writeFileSync(
    path.join(bin, 'apt-get'),
    [
      '#!/bin/sh',
      'export PATH=/usr/bin:/bin',
      `echo "$*" >> "${dir}/apt.log"`,
      `[ "$1" = update ] && { touch "${dir}/updated"; exit 0; }`,
      `[ -f "${dir}/updated" ] && [ ${works ? 1 : 0} = 1 ] || exit 100`,
      tool('pdftoppm', 'exit 0'),
      tool('pdftotext', 'exit 0'),
      tool('fc-list', 'echo /fonts/NotoSansCJK-Regular.ttc: Noto Sans CJK JP'),
      '',
    ].join('\n'),
    { mode: 0o755 },
  );
}

describe('scripts/prerequisites.mjs (run first by npm test and npm run test:long)', () => {
  it('without Chromium, poppler or Japanese fonts and no way to install: one line naming them, non-zero exit', () => {
    const { bin } = bareMachine();
    const result = check([], { PATH: bin, CHROMIUM_PATH: '/nonexistent/chromium', OTASUKE_NO_INSTALL: '1' });
    expect(result.code).not.toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderrLines).toHaveLength(1);
    expect(result.stderrLines[0]).toContain('CHROMIUM_PATH=/nonexistent/chromium');
    expect(result.stderrLines[0]).toContain('pdftoppm');
    expect(result.stderrLines[0]).toContain('apt-get install -y poppler-utils fontconfig fonts-noto-cjk');
  });

  it('--check-only never installs, even as root with apt-get', () => {
    const { dir, bin } = bareMachine();
    fakeAptGet(bin, dir, { works: true });
    const chromium = path.join(bin, 'chromium');
    fs.writeFileSync(chromium, '#!/bin/sh\n', { mode: 0o755 });
    const result = check(['--check-only'], { PATH: bin, CHROMIUM_PATH: chromium });
    expect(result.code).not.toBe(0);
    expect(result.stderrLines).toHaveLength(1);
    expect(fs.existsSync(path.join(dir, 'apt.log'))).toBe(false);
  });

  it.runIf(isRootOnLinux)('as root with apt-get: installs what is missing (updating the lists when install fails) and goes on', () => {
    const { dir, bin } = bareMachine();
    fakeAptGet(bin, dir, { works: true });
    const chromium = path.join(bin, 'chromium');
    fs.writeFileSync(chromium, '#!/bin/sh\n', { mode: 0o755 });
    const result = check([], { PATH: bin, CHROMIUM_PATH: chromium });
    expect(result.code).toBe(0);
    const packages = 'poppler-utils fontconfig fonts-noto-cjk';
    expect(fs.readFileSync(path.join(dir, 'apt.log'), 'utf8').trim().split('\n')).toEqual([`install -y -qq ${packages}`, 'update -qq', `install -y -qq ${packages}`]);
    expect(result.stdout).toContain('Test prerequisites present');
  });

  it.runIf(isRootOnLinux)('as root when the install fails: one line naming what is still missing, non-zero exit', () => {
    const { dir, bin } = bareMachine();
    fakeAptGet(bin, dir, { works: false });
    const result = check([], { PATH: bin });
    expect(result.code).not.toBe(0);
    const lines = result.stderrLines.filter((l) => !l.startsWith('Installing'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('apt-get install -y');
    expect(lines[0]).toContain('fonts-noto-cjk');
  });
});
