import type { Page } from '@playwright/test';
import { apiPath } from '../../shared/api/http-path';
import { apiCall, expect, test } from './fixtures';

// An English-locale browser: a native date input would show mm/dd/yyyy here whatever the app says.
test.use({ locale: 'en-US' });

const field = (page: Page, label: string) => page.locator('.field', { has: page.getByLabel(label, { exact: true }) });

test('dates show and accept the app language’s format, typed the Japanese way or picked from a calendar by keyboard', async ({ page, host }) => {
  await apiCall(host, 'workspaces:create', { name: '株式会社やまだ商店' });
  await page.goto(`${host.url.split('#')[0]}#/incidents/new`);
  // Today, written the Japanese way, not 12/07/2026.
  await expect(page.locator('#incident-discoveredAt')).toHaveValue(/^\d{4}年\d{1,2}月\d{1,2}日$/);

  await page.getByLabel('何が起きたか（件名）').fill('請求書メールの添付を開いた');
  const occurred = page.getByLabel('起きた日', { exact: true });
  await occurred.fill('令和8年12月1日');
  await occurred.blur();
  await expect(occurred).toHaveValue('2026年12月1日');

  // The calendar opens on the chosen day; one day back and Enter picks 30 November.
  await field(page, '起きた日').getByRole('button', { name: 'カレンダーから選ぶ' }).click();
  const calendar = page.getByRole('dialog', { name: 'カレンダー' });
  await expect(calendar).toBeVisible();
  await expect(calendar).toContainText('2026年12月');
  await page.screenshot({ path: 'test-results/screens/date-field-calendar-ja.png' });
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Enter');
  await expect(calendar).toBeHidden();
  await expect(occurred).toHaveValue('2026年11月30日');
  // Escape closes without choosing, and focus goes back to the button.
  await field(page, '起きた日').getByRole('button', { name: 'カレンダーから選ぶ' }).click();
  await page.keyboard.press('Escape');
  await expect(calendar).toBeHidden();
  await expect(field(page, '起きた日').getByRole('button', { name: 'カレンダーから選ぶ' })).toBeFocused();

  await page.getByRole('button', { name: '記録を作成する' }).click();
  await expect(page.getByTestId('reporting-panel')).toBeVisible();
  await expect(page.getByLabel('起きた日', { exact: true })).toHaveValue('2026年11月30日');

  // In English the same day reads 2026-11-30, and a typed English date is understood.
  await apiCall(host, 'settings:setLanguage', { language: 'en' });
  await page.reload();
  const happened = page.getByLabel('Day it happened', { exact: true });
  await expect(happened).toHaveValue('2026-11-30');
  await happened.fill('29 November 2026');
  await happened.blur();
  await expect(happened).toHaveValue('2026-11-29');
  const saved = page.waitForResponse((response) => response.url().endsWith(apiPath('incidents:update')) && response.ok());
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await saved;
  await page.reload();
  await expect(page.getByLabel('Day it happened', { exact: true })).toHaveValue('2026-11-29');
});
