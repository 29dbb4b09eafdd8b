import { chromium, type Browser } from '@playwright/test';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startHost, makeTempDir } from '../support/host-process';
import { buildApp } from './build';
import { createLargeWorkspaceDir, largeWorkspaceDescription } from './large-workspace';
import { medianMs, recordRatio } from './support';

let browser: Browser;

beforeAll(async () => {
  buildApp();
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

/**
 * Time from navigation to a usable page: the first heading shown and the menu answering a
 * click; on the large workspace also the home incident panel filled in (it reads every one of
 * the 10,000 incidents, the slowest thing on the page). Each run is a
 * new launch: a fresh host process (so the back end reads every document file from disk, as
 * after a restart) and a fresh browser context (no cache). Starting the host is not timed.
 */
async function timeToInteractive(dataDir: string, ready: 'home' | 'firstRun'): Promise<number> {
  const host = await startHost(dataDir);
  const context = await browser.newContext({ locale: 'ja-JP' });
  await context.addCookies([{ ...host.cookie, url: host.url, httpOnly: true, sameSite: 'Strict' }]);
  const page = await context.newPage();
  try {
    const start = performance.now();
    await page.goto(host.url);
    if (ready === 'home') {
      await page.getByRole('navigation').getByRole('link').first().click();
      await page.locator('main h1').first().waitFor();
      await page.getByTestId('incidents-panel').waitFor();
    } else {
      await page.getByRole('textbox').first().click();
    }
    return performance.now() - start;
  } finally {
    await context.close();
    await host.stop();
  }
}

it('browser host: time to interactive with a large workspace, against the app on an empty data folder', async () => {
  const largeDir = createLargeWorkspaceDir();
  const blankDir = makeTempDir('otasuke-blank-');
  const blankMs = await medianMs(() => timeToInteractive(blankDir, 'firstRun'), 7, 1);
  const largeMs = await medianMs(() => timeToInteractive(largeDir, 'home'), 7, 1);
  const ratio = recordRatio({
    name: 'browser-host-time-to-interactive',
    measured: `fresh launch, large workspace (${largeWorkspaceDescription})`,
    baseline: 'fresh launch, empty data folder (first-run page)',
    value: largeMs,
    baselineValue: blankMs,
    unit: 'ms',
    target: 2,
  });
  expect(ratio).toBeGreaterThan(0);
}, 600_000);
