import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { apiCall, expect, test } from './fixtures';
import { discoverNavPages, openNavPage } from './pages';
import { languages } from '../../shared/settings/schema';

/** WCAG 2.1 A/AA rules; a serious or critical violation fails the page. */
async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
}

for (const language of languages) {
  test(`first-run screen (${language}) has no serious accessibility violations`, async ({ page, host }) => {
    await apiCall(host, 'settings:setLanguage', { language });
    await page.goto(host.url);
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    // The error state of the form too: messages must be tied to their fields.
    await page.getByRole('button', { name: language === 'ja' ? 'はじめる' : 'Get started' }).click();
    await expect(page.getByRole('textbox').first()).toHaveAttribute('aria-invalid', 'true');
    expect(await seriousViolations(page)).toEqual([]);
  });

  test(`every page in the menu (${language}) has no serious accessibility violations`, async ({ page, host }) => {
    await apiCall(host, 'workspaces:createDemo');
    await apiCall(host, 'settings:setLanguage', { language });
    await page.goto(host.url);
    const pages = await discoverNavPages(page);
    expect(pages.length).toBeGreaterThanOrEqual(6);
    const failures: Record<string, unknown> = {};
    for (const target of pages) {
      await openNavPage(page, target);
      const found = await seriousViolations(page);
      if (found.length) failures[target.href] = found;
    }
    expect(failures).toEqual({});
  });

  test(`at 200% zoom (${language}) every page fits the width without sideways scrolling`, async ({ page, host }) => {
    await apiCall(host, 'workspaces:createDemo');
    await apiCall(host, 'settings:setLanguage', { language });
    // 1280×900 at 200% zoom leaves a CSS viewport of 640×450.
    await page.setViewportSize({ width: 640, height: 450 });
    await page.goto(host.url);
    const pages = await discoverNavPages(page);
    const overflowing: string[] = [];
    for (const [index, target] of pages.entries()) {
      await openNavPage(page, target);
      const widths = await page.evaluate(() => ({
        page: document.documentElement.scrollWidth,
        viewport: document.documentElement.clientWidth,
        main: document.querySelector('main')!.scrollWidth,
        mainBox: document.querySelector('main')!.clientWidth,
      }));
      if (widths.page > widths.viewport || widths.main > widths.mainBox) overflowing.push(`${target.href} ${JSON.stringify(widths)}`);
      await page.screenshot({ path: `/tmp/proof-zoom-${language}-${index}.png`, fullPage: true });
    }
    expect(overflowing).toEqual([]);
  });
}

test('the accessibility check catches real problems (so a clean result means something)', async ({ page, host }) => {
  await page.goto(host.url);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.evaluate(() => {
    const broken = document.createElement('div');
    broken.innerHTML = '<input type="text"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><button></button>';
    document.querySelector('main')?.append(broken);
  });
  const ids = (await seriousViolations(page)).map((v) => v.id);
  expect(ids).toEqual(expect.arrayContaining(['label', 'image-alt', 'button-name']));
});

/** The pages a user reaches below the menu: forms, details, the wizard, results, the card. */
async function subPages(host: Parameters<typeof apiCall>[0]): Promise<string[]> {
  const value = async <T>(channel: string) => ((await apiCall(host, channel)) as { value: T }).value;
  const incidents = await value<{ id: string }[]>('incidents:list');
  const contacts = await value<{ id: string }[]>('contacts:list');
  const checks = await value<{ id: string; completedAt: string | null }[]>('selfCheck:list');
  const done = checks.filter((c) => c.completedAt);
  expect(incidents.length && contacts.length && done.length, 'the demo company has incidents, contacts and a finished check').toBeTruthy();
  return [
    '/incidents/new',
    `/incidents/${incidents[0]!.id}`,
    '/self-check/wizard',
    '/self-check/review',
    `/self-check/results/${done.at(-1)!.id}`,
    '/self-check/history',
    '/self-check/actions',
    ...(done.length > 1 ? [`/self-check/compare/${done[0]!.id}/${done.at(-1)!.id}`] : []),
    '/contacts/new',
    `/contacts/${contacts[0]!.id}/edit`,
    '/contacts/card',
  ];
}

for (const language of languages) {
  test(`sub-pages a user reaches (${language}) have no serious accessibility violations`, async ({ page, host }) => {
    await apiCall(host, 'workspaces:createDemo');
    await apiCall(host, 'settings:setLanguage', { language });
    await page.goto(host.url);
    await page.locator('main h1').first().waitFor();
    const failures: Record<string, unknown> = {};
    const headings: string[] = [];
    for (const route of await subPages(host)) {
      await page.evaluate((hash) => (location.hash = hash), route);
      await page.locator('main h1').first().waitFor();
      // Let data-driven parts (charts, lists) render before checking.
      await page.waitForLoadState('networkidle');
      headings.push(`${route}: ${await page.locator('main h1').first().innerText()}`);
      await page.screenshot({ path: `/tmp/proof-sub-${language}-${headings.length}.png`, fullPage: true });
      const found = await seriousViolations(page);
      if (found.length) failures[route] = found;
    }
    // Each route showed its own page (not the previous one, not a "not found").
    expect(new Set(headings.map((h) => h.split(': ')[1])).size, headings.join('\n')).toBe(headings.length);
    expect(failures).toEqual({});
  });
}
