import type { Page } from '@playwright/test';

export interface NavPage {
  name: string;
  href: string;
}

/**
 * The pages reachable from the main menu, read from the running app (never a fixed list), so
 * pages added by later features are covered by every test that walks them.
 */
export async function discoverNavPages(page: Page): Promise<NavPage[]> {
  const links = page.getByRole('navigation').first().getByRole('link');
  await links.first().waitFor();
  const found: NavPage[] = [];
  for (const link of await links.all()) {
    found.push({ name: (await link.innerText()).trim(), href: (await link.getAttribute('href')) ?? '' });
  }
  return found;
}

/** Opens one menu entry the way a user does and waits for its page heading. */
export async function openNavPage(page: Page, target: NavPage): Promise<void> {
  await page.getByRole('navigation').first().getByRole('link', { name: target.name, exact: true }).click();
  await page.locator('main h1').first().waitFor();
}
