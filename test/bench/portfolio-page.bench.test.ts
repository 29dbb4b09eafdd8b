import { chromium, type Browser } from '@playwright/test';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createSamplePortfolio } from '../../electron/features/portfolio';
import { Services } from '../../electron/services/services';
import { makeTempDir, startHost } from '../support/host-process';
import { buildApp } from './build';
import { medianMs, recordRatio } from './support';

let browser: Browser;

beforeAll(async () => {
  buildApp();
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

/** 210 sample companies on disk: seven rounds of the sample portfolio, renamed between rounds. */
function portfolioDataDir(): string {
  const dataDir = makeTempDir('otasuke-portfolio-');
  const services = new Services({ dataDir, platform: { host: 'browser', appVersion: 'bench' } });
  for (let round = 0; round < 7; round += 1) {
    for (const ws of createSamplePortfolio(services)) services.workspaces.rename(ws.id, `${ws.meta.get()!.name} ${round}`);
  }
  return dataDir;
}

/**
 * A fresh launch (new host process: every file read from disk) until the page is usable: the
 * home page with its panels filled in, or the portfolio with its first rows shown.
 */
async function timeToPage(dataDir: string, page: 'home' | 'portfolio'): Promise<number> {
  const host = await startHost(dataDir);
  const context = await browser.newContext({ locale: 'ja-JP' });
  await context.addCookies([{ ...host.cookie, url: host.url, httpOnly: true, sameSite: 'Strict' }]);
  const tab = await context.newPage();
  try {
    const start = performance.now();
    await tab.goto(page === 'home' ? host.url : `${host.url}#/portfolio`);
    if (page === 'home') {
      await tab.getByTestId('incidents-panel').waitFor();
      await tab.getByTestId('home-visits').getByRole('link').first().waitFor();
    } else {
      await tab.getByTestId('portfolio-row').first().waitFor();
    }
    return performance.now() - start;
  } finally {
    await context.close();
    await host.stop();
  }
}

it('browser host: the portfolio of 210 companies opens within 2× of one company’s home page', async () => {
  const dataDir = portfolioDataDir();
  const homeMs = await medianMs(() => timeToPage(dataDir, 'home'), 5, 1);
  const portfolioMs = await medianMs(() => timeToPage(dataDir, 'portfolio'), 5, 1);
  const ratio = recordRatio({
    name: 'portfolio-page-210',
    measured: 'fresh launch to the portfolio page with its rows, 210 sample companies',
    baseline: 'fresh launch to one of them: the home page with its panels',
    value: portfolioMs,
    baselineValue: homeMs,
    unit: 'ms',
    target: 2,
  });
  console.log(`portfolio page ${portfolioMs.toFixed(0)} ms, home page ${homeMs.toFixed(0)} ms, ratio ${ratio.toFixed(2)}`);
  expect(ratio).toBeGreaterThan(0);
}, 600_000);
