import { apiCall, expect, test } from './fixtures';

const shots = process.env.OWNER_UI_SHOTS ?? '/tmp/owner-ui-shots';
const sizes = [
  { width: 1280, height: 800 },
  { width: 800, height: 600 },
  // 1280×800 at 200% zoom: a CSS viewport of 640×400.
  { width: 640, height: 400 },
];

for (const language of ['ja', 'en'] as const) {
  test(`layout at 1280×800, 800×600 and 200% (${language}): switcher on one line, badges whole, wizard buttons in view`, async ({ page, host }) => {
    // Two companies, so the top bar shows the switcher.
    await apiCall(host, 'workspaces:create', { name: '株式会社やまだ商店' });
    await apiCall(host, 'workspaces:createDemo');
    await apiCall(host, 'settings:setLanguage', { language });
    const base = host.url.split('#')[0];
    for (const size of sizes) {
      await page.setViewportSize(size);
      const tag = `${language}-${size.width}x${size.height}`;
      for (const [name, hash] of [['home', '/'], ['contacts', '/contacts'], ['settings', '/settings'], ['incidents', '/incidents']] as const) {
        await page.goto(`${base}#${hash}`);
        await page.locator('main h1').first().waitFor();
        await page.waitForLoadState('networkidle');
        await page.screenshot({ path: `${shots}/${name}-${tag}.png` });
      }
      // The company switcher's button keeps its label on one line.
      const label = page.locator('.ws-switcher label');
      const box = await label.boundingBox();
      const lineHeight = await label.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight) || 24);
      expect(box!.height, `${tag} switcher label`).toBeLessThan(lineHeight * 1.5);
      // Status badges: wider than tall, text on one line.
      for (const badge of await page.locator('main .badge').all()) {
        const b = await badge.boundingBox();
        if (b) expect(b.width, `${tag} badge ${await badge.innerText()}`).toBeGreaterThanOrEqual(b.height);
      }

      // The wizard's next button is in view without scrolling.
      await page.goto(`${base}#/self-check/wizard/1`);
      const next = page.locator('.wizard-nav button[type="submit"]');
      await next.waitFor();
      await expect(next).toBeInViewport();
      // …also on a question long enough to scroll, after its explanation is opened.
      await page.goto(`${base}#/self-check/wizard/9`);
      await next.waitFor();
      await page.mouse.wheel(0, 200);
      await expect(next).toBeInViewport();
      await page.screenshot({ path: `${shots}/wizard-${tag}.png` });
    }
  });
}
