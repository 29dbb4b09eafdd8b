import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { apiContract } from '../../shared/api/contract';
import { makeTempDir, repoRoot } from '../support/host-process';
// @ts-expect-error plain ESM helper without types
import { electronBinaryPath } from '../../scripts/electron-binary.mjs';

const binary: string | null = electronBinaryPath();

test.skip(!binary, 'Electron smoke suite skipped: the Electron binary is not installed on this machine.');
if (!binary) console.log('Electron smoke suite skipped: the Electron binary is not installed on this machine.');

let app: ElectronApplication;
let page: Page;

test.beforeAll(async () => {
  app = await electron.launch({
    executablePath: binary!,
    args: [repoRoot, ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
    env: { ...process.env, OTASUKE_DATA_DIR: makeTempDir('otasuke-electron-') },
  });
  page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
});

test.afterAll(async () => {
  await app?.close();
});

test('the UI is served from app:// with our CSP and shows the Japanese first-run screen', async () => {
  expect(new URL(page.url()).protocol).toBe('app:');
  await expect(page.getByRole('heading', { name: 'はじめに、会社のことを教えてください' })).toBeVisible();
  const csp = await page.evaluate(async () => (await fetch(location.href)).headers.get('content-security-policy'));
  expect(csp).toContain("default-src 'self'");
});

test('web preferences keep isolation and the sandbox on', async () => {
  const prefs = await app.evaluate(({ BrowserWindow }) => {
    const wc = BrowserWindow.getAllWindows()[0]!.webContents as unknown as { getLastWebPreferences?: () => unknown };
    return wc.getLastWebPreferences?.() ?? null;
  });
  // getLastWebPreferences is undocumented; where it exists its answer must match our settings.
  if (prefs) expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webviewTag: false });
  expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
  expect(await page.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined');
});

test('window.api exposes exactly the contract, nothing raw', async () => {
  const keys = await page.evaluate(() => {
    const api = (window as unknown as { api: Record<string, Record<string, unknown>> }).api;
    return Object.fromEntries(Object.entries(api).map(([ns, methods]) => [ns, Object.keys(methods).sort()]));
  });
  const expected = Object.fromEntries(Object.entries(apiContract).map(([ns, methods]) => [ns, Object.keys(methods).sort()]));
  expect(keys).toEqual(expected);
});

test('new windows, foreign navigation and permissions are denied', async () => {
  expect(await page.evaluate(() => window.open('https://example.com') === null)).toBe(true);
  const before = page.url();
  await page.evaluate(() => {
    location.href = 'https://example.com/';
  });
  await page.waitForTimeout(500);
  expect(page.url()).toBe(before);
  expect(await page.evaluate(() => Notification.requestPermission())).toBe('denied');
});

test('a bad payload gets an error code and a remote fetch is blocked', async () => {
  const result = await page.evaluate(() =>
    (window as unknown as { api: { profile: { save: (p: unknown) => Promise<unknown> } } }).api.profile.save({ name: 42 }),
  );
  expect(result).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
  const remote = await page.evaluate(() => fetch('https://example.com/').then(() => 'loaded', () => 'blocked'));
  expect(remote).toBe('blocked');
});

test('checklist 1–2: every web contents shows only our app:// pages', async () => {
  const urls = await app.evaluate(({ webContents }) => webContents.getAllWebContents().map((wc) => wc.getURL()));
  expect(urls.length).toBeGreaterThan(0);
  for (const url of urls) expect(url).toMatch(/^app:\/\/otasuke\//);
});

test('checklist 7: the app itself causes no CSP violations while it runs', async () => {
  // Attached before the page's own scripts run (an init script for every load, and Chromium's
  // console report of each violation); a listener added after load would miss a start-up probe.
  const violations: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.context().addInitScript(() => {
    const w = window as unknown as { cspViolations: string[] };
    w.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.cspViolations.push(`${e.effectiveDirective} ${e.blockedURI}`));
  });
  await page.reload();
  await page.getByRole('heading', { level: 1 }).waitFor();
  violations.push(...(await page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? ['init script did not run'])));
  expect(violations).toEqual([]);
});

test('checklist 11–12: a <webview> tag is inert', async () => {
  const isUnknown = await page.evaluate(() => document.createElement('webview') instanceof HTMLUnknownElement);
  expect(isUnknown).toBe(true);
});

test('checklist 15: window.open hands only allowlisted https links to the system browser', async () => {
  await app.evaluate(({ shell }) => {
    const opened: string[] = [];
    (globalThis as unknown as { openedExternally: string[] }).openedExternally = opened;
    shell.openExternal = async (url: string) => void opened.push(url);
  });
  await page.evaluate(() => {
    window.open('https://www.ipa.go.jp/security/');
    window.open('https://www.ipa.go.jp.evil.com/');
    window.open('file:///etc/passwd');
    window.open('http://www.ipa.go.jp/');
  });
  await page.waitForTimeout(300);
  const opened = await app.evaluate(() => (globalThis as unknown as { openedExternally: string[] }).openedExternally);
  expect(opened).toEqual(['https://www.ipa.go.jp/security/']);
});

test('checklist 18: app:// serves only the renderer folder', async () => {
  const statuses = await page.evaluate(async () => {
    const paths = ['/%2e%2e/%2e%2e/package.json', '/..%2f..%2fpackage.json', '/%2e%2e/main/index.js', '/index.html'];
    return Promise.all(paths.map((p) => fetch(`app://otasuke${p}`).then((r) => r.status, () => 0)));
  });
  expect(statuses).toEqual([404, 404, 404, 200]);
});

test('API calls are answered by the API utility process; main only relays them', async () => {
  const info = await page.evaluate(() => (window as unknown as { api: { app: { info: () => Promise<{ ok: boolean; value?: { host: string } }> } } }).api.app.info());
  expect(info).toMatchObject({ ok: true, value: { host: 'electron' } });
  const utilities = await app.evaluate(({ app: electronApp }) =>
    electronApp.getAppMetrics().filter((metric) => metric.type === 'Utility').map((metric) => metric.name ?? ''),
  );
  // `name` is the serviceName main gave utilityProcess.fork (electron/main/api-process.ts).
  expect(utilities).toContain('Otasuke Desk API');
});
