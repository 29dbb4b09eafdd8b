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
 * click. Each run uses a fresh browser context (no cache), as a new launch of the app does.
 */
async function timeToInteractive(url: string, ready: 'home' | 'firstRun'): Promise<number> {
  const context = await browser.newContext({ locale: 'ja-JP' });
  const page = await context.newPage();
  const start = performance.now();
  await page.goto(url);
  if (ready === 'home') {
    await page.getByRole('navigation').getByRole('link').first().click();
    await page.locator('main h1').first().waitFor();
  } else {
    await page.getByRole('textbox').first().click();
  }
  const elapsed = performance.now() - start;
  await context.close();
  return elapsed;
}

it('browser host: time to interactive with a large workspace, against the app on an empty data folder', async () => {
  const large = await startHost(createLargeWorkspaceDir());
  const blank = await startHost(makeTempDir('otasuke-blank-'));
  try {
    const blankMs = await medianMs(() => timeToInteractive(blank.url, 'firstRun'), 9, 2);
    const largeMs = await medianMs(() => timeToInteractive(large.url, 'home'), 9, 2);
    const ratio = recordRatio({
      name: 'browser-host-time-to-interactive',
      measured: `large workspace (${largeWorkspaceDescription})`,
      baseline: 'empty data folder (first-run page)',
      value: largeMs,
      baselineValue: blankMs,
      unit: 'ms',
      target: 2,
    });
    expect(ratio).toBeGreaterThan(0);
  } finally {
    await large.stop();
    await blank.stop();
  }
}, 300_000);
