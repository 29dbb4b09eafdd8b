import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { handleAppRequest } from '../../../../electron/main/app-protocol';
import { makeTempDir } from '../../../support/temp-dir';

/**
 * Checklist item 18: app://otasuke serves the renderer folder and nothing else. The layout puts a
 * secret next to the folder and in a sibling whose name starts with the folder's name.
 */
let root: string;
let rendererDir: string;

beforeAll(() => {
  root = makeTempDir('otasuke-protocol-');
  rendererDir = path.join(root, 'renderer');
  fs.mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>ok</title>');
  fs.writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(root, 'secret.txt'), 'SECRET');
  fs.mkdirSync(path.join(root, 'renderer-evil'));
  fs.writeFileSync(path.join(root, 'renderer-evil', 'index.html'), 'EVIL');
});

async function get(url: string): Promise<{ status: number; body: string; headers: Headers }> {
  const response = handleAppRequest(url, rendererDir);
  return { status: response.status, body: await response.text(), headers: response.headers };
}

describe('app:// protocol handler', () => {
  it('serves index.html with a strict CSP and nosniff', async () => {
    const res = await get('app://otasuke/index.html');
    expect(res.status).toBe(200);
    expect(res.body).toContain('<title>ok</title>');
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    const csp = res.headers.get('content-security-policy') ?? '';
    for (const directive of ["default-src 'self'", "script-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "connect-src 'self'"]) {
      expect(csp).toContain(directive);
    }
    // Nothing that would let remote or inline code in.
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serves the root as index.html and nested assets', async () => {
    expect((await get('app://otasuke/')).status).toBe(200);
    expect((await get('app://otasuke/assets/app.js')).body).toBe('console.log(1)');
  });

  it.each([
    ['another host', 'app://evil/index.html'],
    ['a host with our name as prefix', 'app://otasuke.evil/index.html'],
    ['a missing file', 'app://otasuke/nope.js'],
    ['a folder', 'app://otasuke/assets'],
    ['dot-dot (normalised by URL, stays inside)', 'app://otasuke/../secret.txt'],
    ['encoded dot-dot', 'app://otasuke/%2e%2e/secret.txt'],
    ['encoded dot-dot mixed case', 'app://otasuke/%2E%2e/%2e%2E/secret.txt'],
    ['encoded slash', 'app://otasuke/..%2fsecret.txt'],
    ['encoded backslash', 'app://otasuke/..%5csecret.txt'],
    ['double-encoded dot-dot', 'app://otasuke/%252e%252e/secret.txt'],
    ['sibling folder with the same prefix', 'app://otasuke/%2e%2e/renderer-evil/index.html'],
    ['NUL byte', 'app://otasuke/index.html%00.js'],
  ])('answers 404 for %s and never leaks the file', async (_label, url) => {
    const res = await get(url);
    expect(res.status).toBe(404);
    expect(res.body).not.toMatch(/SECRET|EVIL/);
  });

  it('answers 400 for something that is not a URL', async () => {
    expect((await get('not a url')).status).toBe(400);
  });
});
