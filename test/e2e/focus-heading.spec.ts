import { apiCall, expect, test } from './fixtures';
import { discoverNavPages } from './pages';

test('focus lands on the page heading after every route change, by menu and by links inside pages', async ({ page, host }) => {
  await apiCall(host, 'workspaces:createDemo');
  await page.goto(host.url);
  await page.locator('main h1').first().waitFor();
  const heading = page.locator('main h1').first();
  const menu = page.getByRole('navigation').first();

  const pages = await discoverNavPages(page);
  expect(pages.length).toBeGreaterThan(4);
  // From the last page back to home, so every entry (home too) is a real change of route.
  for (const target of [...pages.slice(1), pages[0]!]) {
    await menu.getByRole('link', { name: target.name, exact: true }).click();
    await expect(heading, target.name).toBeFocused();
  }

  // A link inside a page (the contacts list to its add form), and back.
  await menu.getByRole('link', { name: '連絡先', exact: true }).click();
  await page.getByRole('link', { name: '連絡先を追加する' }).click();
  await expect(heading).toHaveText('連絡先を追加する');
  await expect(heading).toBeFocused();
  await page.goBack();
  await expect(heading).toHaveText('緊急時の連絡先');
  await expect(heading).toBeFocused();

  // A keyboard user goes on from the heading: the next Tab is inside the page, not the menu.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => !!document.activeElement?.closest('main'))).toBe(true);
});

test('long pages list their sections first; choosing one moves focus to that section', async ({ page, host }) => {
  await apiCall(host, 'workspaces:createDemo');
  await page.goto(`${host.url.split('#')[0]}#/settings`);
  const nav = page.getByRole('navigation', { name: 'このページの項目' });
  await expect(nav.getByRole('button')).not.toHaveCount(0);
  const labels = await nav.getByRole('button').allInnerTexts();
  expect(labels).toContain('会社プロフィール');
  await nav.getByRole('button', { name: labels.at(-1)! }).click();
  const target = page.locator('main h2').filter({ hasText: labels.at(-1)! }).first();
  await expect(target).toBeFocused();
  await expect(target).toBeInViewport();

  const incidents = (await apiCall(host, 'incidents:list', {})) as { value: { id: string }[] };
  await page.goto(`${host.url.split('#')[0]}#/incidents/${incidents.value[0]!.id}`);
  await expect(page.getByRole('navigation', { name: 'このページの項目' }).getByRole('button', { name: 'かかった費用' })).toBeVisible();
});
