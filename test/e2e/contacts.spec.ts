import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { expect, test } from './fixtures';

test('the demo shows a stale contact, and the emergency card PDF has the names and numbers on one page', async ({ page, host, dataDir }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'サンプルの会社で試してみる' }).click();
  const panel = page.getByTestId('contacts-panel');
  await expect(panel).toContainText('1年以上確認していない連絡先が 1 件あります。');

  await page.getByRole('link', { name: '連絡先', exact: true }).click();
  const stale = page.getByTestId('contact-item').filter({ hasText: 'みなとウェブ制作室' });
  await expect(stale.getByText('要確認', { exact: true })).toBeVisible();
  await expect(page.getByTestId('contact-item').filter({ hasText: 'あんしん損害保険株式会社' }).getByText('要確認', { exact: true })).toHaveCount(0);

  // Search and role filter.
  await page.getByLabel('種類で絞り込む').selectOption({ label: '保険会社（サイバー保険）' });
  await expect(page.getByTestId('contact-item')).toHaveCount(1);
  await page.getByLabel('種類で絞り込む').selectOption({ label: 'すべての種類' });
  await page.getByLabel('検索').fill('6943');
  await expect(page.getByTestId('contact-item')).toHaveText([/株式会社なにわシステムサービス/]);
  await page.getByLabel('検索').fill('');

  await stale.getByRole('button', { name: '今日確認した' }).click();
  await expect(stale.getByText('要確認', { exact: true })).toHaveCount(0);
  await page.getByRole('link', { name: 'ホーム' }).click();
  await expect(panel).toContainText('この1年以内に確認済み');

  await panel.getByRole('link', { name: '緊急連絡カードを印刷する' }).click();
  await expect(page.getByTitle('緊急連絡カードのプレビュー')).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'PDFを保存する' }).click();
  const file = path.join(dataDir, 'card.pdf');
  await (await download).saveAs(file);
  expect((await download).suggestedFilename()).toMatch(/^緊急連絡カード_サンプル株式会社_\d{4}-\d{2}-\d{2}\.pdf$/);
  const text = execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }).replace(/\n/g, '');
  for (const expected of ['サンプル株式会社', 'おまもりネット見守りサービス', '0120-418-025', 'OMN-2025-00418', 'あんしん損害保険株式会社', 'CY-7730-2291', '03-5978-7509']) {
    expect(text).toContain(expected);
  }
  expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/Pages:\s+1\n/);
});

test('add, edit, reorder and delete contacts; odd numbers are kept when the user insists', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByLabel('会社名・屋号').fill('株式会社やまだ商店');
  await page.getByRole('button', { name: 'はじめる' }).click();
  await page.getByRole('link', { name: '連絡先', exact: true }).click();

  // The public desks are there from the start, marked as presets.
  const items = page.getByTestId('contact-item');
  await expect(items.filter({ hasText: 'IPA 情報セキュリティ安心相談窓口' })).toContainText('03-5978-7509');
  await expect(items.filter({ hasText: 'サイバー犯罪相談窓口' })).toContainText('110');
  await expect(items.first().getByText('公的な窓口')).toBeVisible();
  const presetCount = await items.count();
  const axe = await new AxeBuilder({ page }).include('main').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);

  // Add: full-width digits and a bad email.
  await page.getByRole('link', { name: '連絡先を追加する' }).click();
  await page.getByRole('button', { name: '保存する' }).click();
  await expect(page.getByText('入力してください。')).toBeVisible();
  await page.getByLabel('会社・組織の名前').fill('やまだパソコンサポート');
  await page.getByLabel('区分', { exact: true }).fill('平日日中');
  await page.getByLabel('番号', { exact: true }).fill('０６－６１２３－４５６７');
  await page.getByLabel('メールアドレス').fill('yamada@');
  await page.getByRole('button', { name: '保存する' }).click();
  await expect(page.getByText('メールアドレスの形が正しくありません')).toBeVisible();
  await page.getByLabel('メールアドレス').fill('support@yamada-pc.example.jp');
  await page.getByRole('button', { name: '保存する' }).click();
  const vendor = items.filter({ hasText: 'やまだパソコンサポート' });
  await expect(vendor).toContainText('06-6123-4567');
  await expect(vendor).toContainText('1番目に連絡');
  await expect(items).toHaveCount(presetCount + 1);
  // The calling order shown is the card's: the new first contact is listed first, the public desks
  // (not on the card) in their own group below.
  await expect(items.first()).toContainText('やまだパソコンサポート');
  await expect(page.getByTestId('contacts-group-card').getByTestId('contact-item')).toHaveCount(1);
  await expect(page.getByTestId('contacts-group-public').getByTestId('contact-item')).toHaveCount(presetCount);

  // An unlikely number: warned, not refused.
  await page.getByRole('link', { name: '連絡先を追加する' }).click();
  await page.getByLabel('種類').selectOption({ label: '保険会社（サイバー保険）' });
  await page.getByLabel('会社・組織の名前').fill('みどり保険');
  await page.getByLabel('番号', { exact: true }).fill('12345');
  await page.getByLabel('契約番号・証券番号').fill('P-0001');
  await page.getByRole('button', { name: '保存する' }).click();
  await expect(page.getByRole('alert').filter({ hasText: '電話番号を確かめてください' })).toContainText('12345');
  await page.getByRole('button', { name: 'このまま保存する' }).click();
  const insurer = items.filter({ hasText: 'みどり保険' });
  await expect(insurer).toContainText('12345');
  await expect(insurer).toContainText('2番目に連絡');

  // Edit.
  await insurer.getByRole('link', { name: '「みどり保険」を編集する' }).click();
  await page.getByLabel('担当者の名前').fill('田中 一郎');
  await page.getByRole('button', { name: '保存する' }).click();
  await page.getByRole('button', { name: 'このまま保存する' }).click();
  await expect(insurer).toContainText('田中 一郎');

  // Reorder with the keyboard: the insurer moves above the vendor and is called first.
  const up = insurer.getByRole('button', { name: '「みどり保険」をひとつ上へ移動' });
  await up.focus();
  await page.keyboard.press('Enter');
  await expect(insurer).toContainText('1番目に連絡');
  await expect(vendor).toContainText('2番目に連絡');
  // Now first in the calling order, it cannot go higher: focus stays on its other move button.
  await expect(page.getByRole('button', { name: '「みどり保険」をひとつ上へ移動' })).toBeDisabled();
  await expect(page.getByRole('button', { name: '「みどり保険」をひとつ下へ移動' })).toBeFocused();
  const names = await items.locator('h3').allTextContents();
  expect(names.indexOf('みどり保険')).toBe(names.indexOf('やまだパソコンサポート') - 1);

  // Delete (after confirming), and it stays deleted after a reload.
  page.once('dialog', (dialog) => void dialog.accept());
  await vendor.getByRole('button', { name: '「やまだパソコンサポート」を削除する' }).click();
  await expect(vendor).toHaveCount(0);
  await page.reload();
  await expect(items.filter({ hasText: 'みどり保険' })).toContainText('1番目に連絡');
  await expect(items.filter({ hasText: 'やまだパソコンサポート' })).toHaveCount(0);
});
