import fs from 'node:fs';
import { apiCall, expect, test } from './fixtures';

const shots = process.env.SHOTS_DIR ?? '/tmp/shots-scs';

test('the demo company’s ★3: two thirds done, an outdated confirmation, a customer’s triage; a new triage and the pledge day', async ({ page, host }) => {
  fs.mkdirSync(shots, { recursive: true });
  await page.setViewportSize({ width: 1280, height: 800 });
  await apiCall(host, 'workspaces:createDemo');
  await page.goto(host.url);
  await page.getByRole('navigation').first().getByRole('link', { name: 'SCS ★3', exact: true }).click();
  await expect(page.getByText(/全体：58 \/ 81 に回答/)).toBeVisible();
  await expect(page.getByText(/1件の専門家の確認が、その後の変更で古くなっています/)).toBeVisible();
  await page.getByRole('region', { name: '分野ごとの進み具合' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${shots}/demo-progress-ja.png` });

  await page.getByLabel('宣誓書に署名した日').fill('2026-06-15');
  await page.getByRole('button', { name: '署名した日を記録' }).click();
  await expect(page.getByText('有効期限：2027-06-15（予定表に入っています）')).toBeVisible();
  await page.getByRole('region', { name: '宣誓と更新' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${shots}/demo-renewal-ja.png` });

  await page.getByRole('link', { name: '取引先から★3と★4のどちらを求められそうか調べる' }).first().click();
  await expect(page.getByText(/株式会社みなと精機 — ★3を求められる可能性が高いです/)).toBeVisible();
  await page.getByLabel('取引先の名前').fill('東和電機株式会社');
  await page.getByLabel('自社の環境から、取引先の社内システムにつながる').check();
  await page.getByRole('button', { name: '記録する' }).click();
  await expect(page.getByRole('status')).toHaveText('東和電機株式会社：★4を求められる可能性が高いです');
  await page.screenshot({ path: `${shots}/triage-ja.png` });

  await apiCall(host, 'settings:setLanguage', { language: 'en' });
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Which star will your customer ask for?' })).toBeVisible();
  await page.screenshot({ path: `${shots}/triage-en.png` });
});
