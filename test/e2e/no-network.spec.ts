import type { Page } from '@playwright/test';
import { readNetworkLog } from '../support/network-log';
import { apiCall, expect, test } from './fixtures';
import { discoverNavPages, openNavPage } from './pages';
import { languages } from '../../shared/settings/schema';

/** Collects the CSP violations the page reports, so a test sees what the policy blocked. */
async function watchCspViolations(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { cspViolations: { directive: string; blocked: string }[] };
    w.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.cspViolations.push({ directive: e.effectiveDirective, blocked: e.blockedURI }));
  });
}

test('the page cannot fetch or load anything remote: the CSP blocks it', async ({ page, host }) => {
  await page.goto(host.url);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await watchCspViolations(page);

  const fetched = await page.evaluate(() => fetch('https://example.com/').then(() => 'loaded', (e: Error) => `blocked: ${e.name}`));
  expect(fetched).toMatch(/^blocked/);
  const image = await page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const img = document.createElement('img');
        img.onload = () => resolve('loaded');
        img.onerror = () => resolve('blocked');
        img.src = 'https://example.com/pixel.png';
        document.body.append(img);
      }),
  );
  expect(image).toBe('blocked');
  const script = await page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const s = document.createElement('script');
        s.onload = () => resolve('loaded');
        s.onerror = () => resolve('blocked');
        s.src = 'https://example.com/x.js';
        document.head.append(s);
      }),
  );
  expect(script).toBe('blocked');

  // Blocked by the policy itself, not merely by a missing network.
  const violations = await page.evaluate(() => (window as unknown as { cspViolations: { directive: string; blocked: string }[] }).cspViolations);
  expect(violations).toEqual(
    expect.arrayContaining([
      { directive: 'connect-src', blocked: 'https://example.com/' },
      { directive: 'img-src', blocked: 'https://example.com/pixel.png' },
      { directive: 'script-src-elem', blocked: 'https://example.com/x.js' },
    ]),
  );
});

test('a walk through every page in both languages makes no outbound connection from the back end or the page', async ({ page, host }) => {
  const remoteRequests: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['127.0.0.1', 'localhost'].includes(url.hostname) && !['blob:', 'data:'].includes(url.protocol)) remoteRequests.push(request.url());
  });
  // The app itself must trigger no CSP violation (e.g. a library probing eval): listened for
  // before any script of the page runs, on every load.
  const cspViolations: string[] = [];
  await page.exposeFunction('reportCspViolation', (text: string) => cspViolations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { reportCspViolation: (t: string) => void }).reportCspViolation(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
  });
  await page.goto(host.url);
  await page.getByRole('button', { name: 'サンプルの会社で試してみる' }).click();
  await expect(page.getByTestId('current-company')).toHaveText('サンプル株式会社');
  let visited = 0;
  for (const language of languages) {
    await apiCall(host, 'settings:setLanguage', { language });
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    for (const target of await discoverNavPages(page)) {
      await openNavPage(page, target);
      visited += 1;
    }
  }
  expect(visited).toBeGreaterThanOrEqual(12);

  await host.stop();
  const log = readNetworkLog(host.networkLog!);
  expect(log.loaded).toBe(true);
  expect(log.attempts).toEqual([]);
  expect(remoteRequests).toEqual([]);
  expect(cspViolations).toEqual([]);
});
