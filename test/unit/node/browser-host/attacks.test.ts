import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserHost, type BrowserHost } from '../../../../electron/browser-host/server';
import { sessionCookieName } from '../../../../electron/browser-host/launch-sessions';
import { apiPath } from '../../../../shared/api/http-path';
import { createInProcessApi } from '../../../support/in-process-api';
import { makeTempDir } from '../../../support/temp-dir';
import { snapshotFiles } from '../../../support/file-snapshot';

/**
 * The browser host on a real 127.0.0.1 port, attacked the way a hostile web page or a
 * DNS-rebinding site could: every request below must be refused, and none may change a file.
 */
let host: BrowserHost;
let dataDir: string;
let api: ReturnType<typeof createInProcessApi>;
let root: string;
/** `Cookie:` header value holding the session a launch code gave, as the browser sends it. */
let session: string;
let sessionValue: string;
const maxBodyBytes = 64 * 1024;

beforeAll(async () => {
  root = makeTempDir('otasuke-host-');
  const rendererDir = path.join(root, 'renderer');
  fs.mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>ok</title>');
  fs.writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(root, 'secret.txt'), 'SECRET');
  fs.mkdirSync(path.join(root, 'renderer-evil'));
  fs.writeFileSync(path.join(root, 'renderer-evil', 'index.html'), 'EVIL');
  api = createInProcessApi();
  dataDir = api.dataDir;
  // Data to protect: a workspace with a profile, as a real user would have.
  await api.api.workspaces.createDemo();
  host = await startBrowserHost({ dispatch: api.dispatch, rendererDir, maxBodyBytes });
  const launch = await openLaunchUrl(host.launchUrl());
  expect(launch.status).toBe(303);
  sessionValue = /=([^;]+)/.exec(String(launch.headers['set-cookie']))![1]!;
  session = `${sessionCookieName(host.port)}=${sessionValue}`;
});

afterAll(async () => {
  await host?.close();
});

interface RawResponse {
  status: number;
  body: string;
  headers: http.IncomingHttpHeaders;
}

/** A raw HTTP request, so Host, Origin and the path go on the wire exactly as written. */
function request(options: { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer }): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: host.port,
        method: options.method ?? 'GET',
        path: options.path,
        setHost: false,
        headers: { host: `127.0.0.1:${host.port}`, ...options.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), headers: res.headers }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

/** GET of a launch address, as the browser window does when it opens. */
function openLaunchUrl(launchUrl: string): Promise<RawResponse> {
  const url = new URL(launchUrl);
  return request({ path: url.pathname + url.search });
}

function apiPost(channel: string, payload: unknown, headers: Record<string, string> = {}): Promise<RawResponse> {
  return request({
    method: 'POST',
    path: apiPath(channel),
    headers: { 'content-type': 'application/json', cookie: session, ...headers },
    body: JSON.stringify(payload),
  });
}

describe('browser host: valid calls', () => {
  it('a launch code gives an HttpOnly SameSite=Strict cookie and a clean address', async () => {
    const launch = await openLaunchUrl(host.launchUrl());
    expect(launch.status).toBe(303);
    expect(launch.headers.location).toBe('/');
    const cookie = String(launch.headers['set-cookie']);
    expect(cookie).toMatch(new RegExp(`^${sessionCookieName(host.port)}=[\\w-]{40,}; HttpOnly; SameSite=Strict; Path=/$`));
    const fresh = cookie.split(';')[0]!;
    expect(JSON.parse((await apiPost('settings:get', {}, { cookie: fresh })).body)).toMatchObject({ ok: true });
  });

  it('serves the page with the CSP and answers API calls that carry the session cookie', async () => {
    const page = await request({ path: '/' });
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("default-src 'self'");
    const res = await apiPost('workspaces:lastOpened', {}, { origin: `http://127.0.0.1:${host.port}` });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ ok: true, value: { name: 'サンプル株式会社' } });
    // localhost is the same machine and may be used in the address bar.
    expect((await apiPost('settings:get', {}, { host: `localhost:${host.port}` })).status).toBe(200);
  });
});

describe('browser host: API attacks are refused and change nothing', () => {
  const name = () => sessionCookieName(host.port);
  const otherValue = () => (sessionValue.startsWith('A') ? 'B' : 'A') + sessionValue.slice(1);
  const cases: [string, () => Promise<RawResponse>, number][] = [
    ['no cookie', () => apiPost('settings:setLanguage', { language: 'en' }, { cookie: '' }), 403],
    ['a wrong session of the right length', () => apiPost('settings:setLanguage', { language: 'en' }, { cookie: `${name()}=${otherValue()}` }), 403],
    ['a session of the wrong length', () => apiPost('settings:setLanguage', { language: 'en' }, { cookie: `${name()}=${sessionValue}x` }), 403],
    ['our session under the cookie name of another port', () => apiPost('settings:setLanguage', { language: 'en' }, { cookie: `${sessionCookieName(host.port + 1)}=${sessionValue}` }), 403],
    ['the cookie given twice (one forged)', () => apiPost('settings:setLanguage', { language: 'en' }, { cookie: `${session}; ${name()}=${otherValue()}` }), 403],
    ['the session as a header (the old token model)', () => apiPost('settings:setLanguage', { language: 'en' }, { cookie: '', 'x-otasuke-token': sessionValue }), 403],
    ['the session as a query parameter only', () => request({ method: 'POST', path: `${apiPath('settings:setLanguage')}?token=${sessionValue}`, body: '{"language":"en"}' }), 403],
    ['a launch code in place of the cookie', () => apiPost('settings:setLanguage', { language: 'en' }, { cookie: `${name()}=${new URL(host.launchUrl()).searchParams.get('code')}` }), 403],
    ['a foreign Host (DNS rebinding)', () => apiPost('settings:setLanguage', { language: 'en' }, { host: `evil.example:${host.port}` }), 403],
    ['a Host that starts with our address', () => apiPost('settings:setLanguage', { language: 'en' }, { host: `127.0.0.1.evil.example:${host.port}` }), 403],
    ['our host on another port', () => apiPost('settings:setLanguage', { language: 'en' }, { host: `127.0.0.1:${host.port + 1}` }), 403],
    ['a Host with user info', () => apiPost('settings:setLanguage', { language: 'en' }, { host: `evil@127.0.0.1:${host.port}` }), 403],
    ['a foreign Origin', () => apiPost('settings:setLanguage', { language: 'en' }, { origin: 'https://evil.example' }), 403],
    ['a null Origin (sandboxed frame, file:)', () => apiPost('settings:setLanguage', { language: 'en' }, { origin: 'null' }), 403],
    ['an Origin on another port', () => apiPost('settings:setLanguage', { language: 'en' }, { origin: `http://127.0.0.1:${host.port + 1}` }), 403],
    ['GET on the API', () => request({ path: apiPath('settings:get'), headers: { cookie: session } }), 405],
    ['a body over the limit', () => apiPost('settings:setLanguage', { language: 'en', pad: 'x'.repeat(maxBodyBytes * 2) }), 413],
    ['a body that is not JSON', () => request({ method: 'POST', path: apiPath('settings:setLanguage'), headers: { cookie: session }, body: '{"language":' }), 400],
  ];

  it.each(cases)('%s', async (_label, send, status) => {
    const before = snapshotFiles(dataDir);
    const res = await send();
    expect(res.status).toBe(status);
    expect(res.body).not.toContain('"ok":true');
    expect(snapshotFiles(dataDir)).toEqual(before);
  });

  it('a chunked body over the limit (no Content-Length) is refused with 413 too', async () => {
    const before = snapshotFiles(dataDir);
    const res = await new Promise<RawResponse>((resolve, reject) => {
      const req = http.request(
        { host: '127.0.0.1', port: host.port, method: 'POST', path: apiPath('settings:setLanguage'), headers: { cookie: session, 'transfer-encoding': 'chunked' } },
        (r) => {
          const chunks: Buffer[] = [];
          r.on('data', (c: Buffer) => chunks.push(c));
          r.on('end', () => resolve({ status: r.statusCode ?? 0, body: Buffer.concat(chunks).toString(), headers: r.headers }));
        },
      );
      req.on('error', reject);
      req.write('{"language":"en","pad":"');
      req.write('x'.repeat(maxBodyBytes));
      req.end('"}');
    });
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'too_large' } });
    expect(snapshotFiles(dataDir)).toEqual(before);
  });

  it('a bad payload returns invalid_request and writes nothing', async () => {
    const before = snapshotFiles(dataDir);
    const res = await apiPost('profile:save', { workspaceId: api.windowWorkspace.get(), name: 42, employees: -1 });
    expect(JSON.parse(res.body).error.issues.map((i: { path: string[] }) => i.path[0]).sort()).toEqual(['employees', 'name']);
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect(snapshotFiles(dataDir)).toEqual(before);
  });

  it('an unknown channel answers unknown_channel', async () => {
    expect(JSON.parse((await apiPost('fs:readFile', { path: '/etc/passwd' })).body)).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
  });
});

describe('browser host: launch codes work once, within seconds', () => {
  const refused = async (res: RawResponse) => {
    expect(res.status).toBe(403);
    expect(res.headers['set-cookie']).toBeUndefined();
    expect(res.headers.location).toBeUndefined();
  };

  it('a used code is refused and gives no cookie', async () => {
    const launchUrl = host.launchUrl();
    expect((await openLaunchUrl(launchUrl)).status).toBe(303);
    await refused(await openLaunchUrl(launchUrl));
  });

  it('an expired code is refused, and is then spent too', async () => {
    const launchUrl = host.launchUrl(50);
    await new Promise((resolve) => setTimeout(resolve, 120));
    await refused(await openLaunchUrl(launchUrl));
    await refused(await openLaunchUrl(launchUrl));
  });

  it('an unknown, empty or missing code is refused', async () => {
    const code = new URL(host.launchUrl()).searchParams.get('code')!;
    const other = (code.startsWith('A') ? 'B' : 'A') + code.slice(1);
    for (const path of [`/launch?code=${other}`, '/launch?code=', '/launch', `/launch?code=${code}x`]) await refused(await request({ path }));
    // The real code was never touched by those tries and still works once.
    expect((await request({ path: `/launch?code=${code}` })).status).toBe(303);
  });

  it('HEAD (a prefetch or link preview) does not spend a code', async () => {
    const launchUrl = host.launchUrl();
    const url = new URL(launchUrl);
    await refused(await request({ method: 'HEAD', path: url.pathname + url.search }));
    expect((await openLaunchUrl(launchUrl)).status).toBe(303);
  });

  it('a code opened from a foreign Host (DNS rebinding) is refused and stays unspent', async () => {
    const launchUrl = host.launchUrl();
    const url = new URL(launchUrl);
    await refused(await request({ path: url.pathname + url.search, headers: { host: `evil.example:${host.port}` } }));
    expect((await openLaunchUrl(launchUrl)).status).toBe(303);
  });
});

describe('browser host: static files stay inside the renderer folder', () => {
  it.each([
    ['a foreign Host for the page', '/', { host: `evil.example:${host?.port ?? 0}` }, 403],
    ['dot-dot', '/../secret.txt', {}, 404],
    ['dot-dot twice', '/assets/../../secret.txt', {}, 404],
    ['encoded dot-dot', '/%2e%2e/secret.txt', {}, 404],
    ['encoded dot-dot in a subfolder', '/assets/%2e%2e/%2e%2e/secret.txt', {}, 404],
    ['encoded slash', '/..%2fsecret.txt', {}, 404],
    ['encoded slash, upper case', '/..%2Fsecret.txt', {}, 404],
    ['encoded backslash', '/..%5csecret.txt', {}, 404],
    ['raw backslash', '/..\\secret.txt', {}, 404],
    ['double encoding', '/%252e%252e/secret.txt', {}, 404],
    ['double-encoded slash', '/..%252fsecret.txt', {}, 404],
    ['a sibling folder with the same prefix', '/../renderer-evil/index.html', {}, 404],
    ['a sibling folder, encoded', '/%2e%2e/renderer-evil/index.html', {}, 404],
    ['an absolute path', '//etc/passwd', {}, 404],
    ['a NUL byte', '/index.html%00.js', {}, 404],
  ] as [string, string, Record<string, string>, number][])('%s is refused', async (_label, urlPath, headers, status) => {
    // The Host needs the port, known only once the server runs.
    const fixed = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, v.replace(':0', `:${host.port}`)]));
    const res = await request({ path: urlPath, headers: fixed });
    expect(res.status).toBe(status);
    expect(res.body).not.toMatch(/SECRET|EVIL|root:/);
  });

  it('serves nested assets and refuses non-GET methods', async () => {
    expect((await request({ path: '/assets/app.js' })).body).toBe('console.log(1)');
    expect((await request({ method: 'DELETE', path: '/index.html' })).status).toBe(405);
  });
});
