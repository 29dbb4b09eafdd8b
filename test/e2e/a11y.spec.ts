import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { apiCall, expect, test } from './fixtures';
import { discoverNavPages, openNavPage } from './pages';

/** WCAG 2.1 A/AA rules; a serious or critical violation fails the page. */
async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
}

for (const language of ['ja', 'en'] as const) {
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
    await apiCall(host, 'workspace:createDemo');
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
    await apiCall(host, 'workspace:createDemo');
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
