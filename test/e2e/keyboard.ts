import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Moves focus with Tab (or Shift+Tab) until `target` has it, as a keyboard user does; fails if
 * it is not reached within `max` presses, i.e. if it cannot be reached by keyboard at all.
 */
export async function tabTo(page: Page, target: Locator, { max = 80, backwards = false } = {}): Promise<void> {
  await target.waitFor();
  for (let i = 0; i < max; i += 1) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  await expect(target, `not reachable with ${max} presses of Tab`).toBeFocused();
}

/** Picks an option of the focused select with the arrow keys (no mouse, no opening the list). */
export async function arrowToOption(page: Page, select: Locator, label: string): Promise<void> {
  const labels = await select.locator('option').allInnerTexts();
  const wanted = labels.indexOf(label);
  if (wanted < 0) throw new Error(`no option "${label}" in ${JSON.stringify(labels)}`);
  await expect(select).toBeFocused();
  const current = await select.evaluate((el) => (el as HTMLSelectElement).selectedIndex);
  const key = wanted > current ? 'ArrowDown' : 'ArrowUp';
  for (let i = 0; i < Math.abs(wanted - current); i += 1) await page.keyboard.press(key);
  await expect(select.locator('option:checked')).toHaveText(label);
}
