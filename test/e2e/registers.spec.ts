import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from '@playwright/test';
import { apiCall, expect, test } from './fixtures';

const day = (offset: number) => {
  const d = new Date();
  d.setDate(d.getDate() + offset);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

async function openInApp(page: Page, to: string) {
  await page.evaluate((hash) => {
    location.hash = hash;
  }, to);
}

async function addDevice(page: Page, name: string, os: string) {
  await page.getByRole('button', { name: '追加する' }).click();
  await page.getByLabel(/^呼び名/).fill(name);
  await page.getByLabel('種類', { exact: true }).selectOption({ label: 'パソコン' });
  await page.getByLabel('OS', { exact: true }).fill(os);
  await page.getByLabel('更新を確認した日').fill(day(-3));
  if (process.env.REGISTER_SHOTS && name === '受付PC') await page.screenshot({ path: path.join(process.env.REGISTER_SHOTS, 'device-form-ja.png'), fullPage: true });
  await page.getByRole('button', { name: '保存する' }).click();
  await expect(page.getByRole('status').filter({ hasText: `「${name}」を保存しました。` })).toBeVisible();
}

test('fill the device register, save it as Excel, read it back with one bad row: the row error shows and nothing is saved until confirmed', async ({ page, host }, info) => {
  await apiCall(host, 'workspaces:create', { name: '株式会社やまだ商店' });
  await page.goto(host.url);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.getByRole('link', { name: '台帳' }).click();
  await expect(page.getByRole('heading', { name: 'パソコン・機器', level: 2 })).toBeVisible();
  await addDevice(page, '受付PC', 'Windows 11');
  await addDevice(page, '経理PC', 'Windows 11');
  await expect(page.getByTestId('register-row')).toHaveCount(2);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Excelで保存（.xlsx）' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^register-devices_株式会社やまだ商店_\d{4}-\d{2}-\d{2}\.xlsx$/);
  const file = info.outputPath('devices.xlsx');
  await download.saveAs(file);

  // In Excel: one new device typed in, and one with a check date next month (a typo in the month).
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.worksheets[0]!;
  const header = (sheet.getRow(1).values as string[]).slice(1);
  expect(header.slice(0, 3)).toEqual(['ID', '呼び名', '種類']);
  const row = (values: Record<string, string>) => header.map((h) => values[h] ?? '');
  sheet.addRow(row({ 呼び名: '倉庫PC', 種類: 'パソコン', OS: 'Windows 10', 更新を確認した日: day(-10) }));
  sheet.addRow(row({ 呼び名: '社長ノートPC', 種類: 'パソコン', OS: 'Windows 11', 更新を確認した日: day(30) }));
  const edited = path.join(path.dirname(file), 'devices-edited.xlsx');
  await workbook.xlsx.writeFile(edited);

  await page.getByLabel(/^Excel・CSVから読み込む/).setInputFiles({ name: 'devices-edited.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: fs.readFileSync(edited) });
  const preview = page.getByTestId('import-preview');
  await expect(preview).toContainText('追加: 1行');
  await expect(preview).toContainText('エラーのため読み込まない: 1行');
  await expect(preview).toContainText('登録済みと同じ（変更なし）: 2行');
  await expect(preview).toContainText('5行目「更新を確認した日」: 未来の日付は入れられません。');
  const shots = process.env.REGISTER_SHOTS;
  if (shots) await preview.screenshot({ path: path.join(shots, 'import-preview-ja.png') });
  // Nothing is written before the owner confirms.
  const before = (await apiCall(host, 'registers:all')) as { value: { devices: unknown[] } };
  expect(before.value.devices).toHaveLength(2);
  await expect(page.getByTestId('register-row')).toHaveCount(2);

  await page.getByRole('button', { name: '1行を保存する' }).click();
  await expect(page.getByRole('status').filter({ hasText: '1行を追加し、0行を更新しました。' })).toBeVisible();
  await expect(page.getByTestId('register-row')).toHaveCount(3);
  await expect(page.getByText('3件 / 全3件')).toBeVisible();
  const after = (await apiCall(host, 'registers:all')) as { value: { devices: { name: string }[] } };
  expect(after.value.devices.map((d) => d.name)).toEqual(['受付PC', '経理PC', '倉庫PC']);

  // A row's evidence link opens the evidence page for that device.
  await page.getByTestId('register-row').first().getByRole('link', { name: '証跡 (0)' }).click();
  await expect(page.getByRole('heading', { name: '証跡（証拠の保管）', level: 1 })).toBeVisible();
  await expect(page.getByText('結び付ける先: 台帳 受付PC')).toBeVisible();
});

for (const language of ['ja', 'en'] as const) {
  test(`the demo company's registers (${language}) at 1280×800`, async ({ page, host }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await apiCall(host, 'settings:setLanguage', { language });
    await apiCall(host, 'workspaces:createDemo');
    await page.goto(host.url);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await openInApp(page, '/registers/devices');
    await expect(page.getByTestId('register-row').first()).toBeVisible();
    await expect(page.getByText(language === 'ja' ? '12件 / 全12件' : '12 of 12')).toBeVisible();
    const dir = process.env.REGISTER_SHOTS;
    if (dir) await page.screenshot({ path: path.join(dir, `devices-${language}.png`) });
    await openInApp(page, '/registers/cloud');
    await expect(page.getByText(language === 'ja' ? '4件 / 全4件' : '4 of 4')).toBeVisible();
    if (dir) await page.screenshot({ path: path.join(dir, `cloud-${language}.png`) });
    await openInApp(page, '/registers/information');
    await expect(page.getByTestId('register-row')).toHaveCount(3);
    if (dir) await page.screenshot({ path: path.join(dir, `information-${language}.png`) });
    await openInApp(page, '/self-check/wizard/1');
    await expect(page.getByTestId('register-facts')).toContainText(language === 'ja' ? '台帳では12台中3台、最近の更新確認がありません' : '3 of 12 devices have no recent update check');
    if (dir) await page.screenshot({ path: path.join(dir, `self-check-q01-${language}.png`), fullPage: true });
  });
}
