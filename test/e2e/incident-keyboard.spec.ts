import { apiCall, expect, test } from './fixtures';
import { arrowToOption, tabTo } from './keyboard';

/**
 * The incident form done with the keyboard alone: Tab to move, typing, arrow keys in the
 * selects, Space for the checkbox, Enter to follow links and save. No click, no fill().
 */
test('record an incident by keyboard alone, then find it in the list', async ({ page, host }) => {
  await apiCall(host, 'workspaces:create', { name: '株式会社やまだ商店' });
  await page.goto(host.url);
  const menu = page.getByRole('navigation', { name: 'メインメニュー' });

  await tabTo(page, menu.getByRole('link', { name: 'インシデント', exact: true }));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('link', { name: '新しく記録する' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'まず最初にすること' })).toBeVisible();

  const title = page.getByLabel('何が起きたか（件名）');
  await tabTo(page, title);
  await page.keyboard.type('請求書メールの添付を開いてしまった');
  const category = page.getByLabel('種類');
  await tabTo(page, category);
  await arrowToOption(page, category, 'ウイルス・ランサムウェア');
  const severity = page.getByLabel('深刻さ');
  await tabTo(page, severity);
  await arrowToOption(page, severity, '大');

  const involved = page.getByLabel(/個人情報が、盗まれた・漏れた/);
  await tabTo(page, involved);
  await page.keyboard.press('Space');
  await expect(involved).toBeChecked();
  await tabTo(page, page.getByLabel('関係する人数（おおよそ）'));
  await page.keyboard.type('120');

  await tabTo(page, page.getByLabel('起きたことの説明'));
  await page.keyboard.type('経理担当が取引先を名乗るメールの添付を開いた。');
  await tabTo(page, page.getByRole('button', { name: '記録を作成する' }));
  await page.keyboard.press('Enter');

  // Saved: the detail page shows what was typed, and the reporting helper read the answers.
  await expect(page.getByRole('heading', { name: '請求書メールの添付を開いてしまった' })).toBeVisible();
  await expect(page.getByTestId('reporting-panel')).toBeVisible();

  // Back to the list by keyboard (Shift+Tab up to the menu), and the incident is there.
  await tabTo(page, menu.getByRole('link', { name: 'インシデント', exact: true }), { backwards: true });
  await page.keyboard.press('Enter');
  const row = page.getByRole('link', { name: /請求書メールの添付を開いてしまった/ });
  await expect(row).toBeVisible();
  await expect(page.getByRole('main')).toContainText('ウイルス・ランサムウェア');
  // And it is in the store, not only on screen.
  const listed = (await apiCall(host, 'incidents:list', {})) as { value: { title: string; severity: string; personalData?: unknown }[] };
  expect(listed.value.map((r) => [r.title, r.severity])).toEqual([['請求書メールの添付を開いてしまった', 'high']]);
});
