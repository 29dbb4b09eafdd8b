import fs from 'node:fs';
import { execFileSync } from 'node:child_process';
import { expect, test } from './fixtures';

test.beforeEach(async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'サンプルの会社で試してみる' }).click();
  await expect(page.getByTestId('current-company')).toHaveText('サンプル株式会社');
  await page.getByRole('link', { name: '相談サマリー' }).click();
  await expect(page.getByRole('heading', { name: '相談サマリー（PDF）', level: 1 })).toBeVisible();
});

test('makes a preview of the summary made from the current data', async ({ page }) => {
  const current = page.getByTestId('current-fingerprint');
  await expect(current).toHaveText(/^[0-9A-F]{4}(-[0-9A-F]{4}){3}$/);
  await page.getByRole('button', { name: 'プレビューを作る' }).click();
  const frame = page.getByTitle('相談用まとめのプレビュー');
  await expect(frame).toBeVisible();
  await expect(frame).toHaveAttribute('src', /^blob:/);
  // The preview was made from exactly the data whose fingerprint the page shows.
  await expect(page.getByTestId('preview-fingerprint')).toHaveText((await current.textContent())!);
  await expect(page.getByRole('button', { name: '印刷' })).toBeEnabled();
});

test('the insurer preset leaves out contacts and offers the two tick-ins', async ({ page }) => {
  await expect(page.getByLabel('連絡先', { exact: true })).toBeChecked();
  await page.getByLabel(/保険会社向け/).check();
  await expect(page.getByLabel('連絡先', { exact: true })).not.toBeChecked();
  await expect(page.getByLabel('支援者のメモ欄・署名欄')).not.toBeChecked();
  await expect(page.getByLabel(/自由記述のメモ/)).not.toBeChecked();
  await expect(page.getByLabel(/個人の名前/)).not.toBeChecked();
});

test('save downloads a real PDF in the browser host', async ({ page }) => {
  await page.getByLabel(/保険会社向け/).check();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'PDFを保存' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^summary-insurer_.+_\d{4}-\d{2}-\d{2}\.pdf$/);
  const file = await download.path();
  expect(fs.readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
  const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
  expect(text).toContain('サンプル株式会社');
  expect(text).toContain('保険会社向け');
  expect(text).not.toContain('山田太郎'); // the representative's name is not ticked in
  await expect(page.getByText('ダウンロードしました。')).toBeVisible();
});
