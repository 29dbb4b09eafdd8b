import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { makeTempDir } from '../support/host-process';

const passphrase = 'correct horse battery';

async function openDemoSettings(page: Page, url: string) {
  await page.goto(url);
  await page.getByRole('button', { name: 'サンプルの会社で試してみる' }).click();
  await expect(page.getByTestId('current-company')).toHaveText('サンプル株式会社');
  await page.getByRole('link', { name: '設定' }).click();
  await expect(page.getByRole('heading', { name: '設定', level: 1 })).toBeVisible();
}

/** Exports the company shown through the UI; returns the downloaded file and the check code shown. */
async function exportViaUi(page: Page, secret: string | null) {
  const section = page.getByRole('region', { name: 'データを1つのファイルに書き出す' });
  const encrypt = section.getByLabel('パスフレーズで暗号化する（おすすめ）');
  if (secret) {
    await encrypt.check();
    await section.getByLabel('パスフレーズ（8文字以上）').fill(secret);
    await section.getByLabel('パスフレーズ（確認のためもう一度）').fill(secret);
  } else {
    await encrypt.uncheck();
  }
  const download = page.waitForEvent('download');
  await section.getByRole('button', { name: 'ファイルに書き出す' }).click();
  const file = path.join(makeTempDir('otasuke-e2e-export-'), (await download).suggestedFilename());
  await (await download).saveAs(file);
  const fingerprint = (await section.getByTestId('export-fingerprint').textContent()) ?? '';
  return { file, fingerprint };
}

async function checkFile(page: Page, file: string, secret: string) {
  const section = page.getByRole('region', { name: 'ファイルから読み込む' });
  await section.getByLabel('読み込むファイル').setInputFiles(file);
  await section.getByLabel('パスフレーズ（暗号化されている場合）').fill(secret);
  await section.getByRole('button', { name: '内容を確認する' }).click();
  return section;
}

test('export encrypted, import as a new company: same data, same check code; bad files refused', async ({ page, host }) => {
  await openDemoSettings(page, host.url);
  const demoIndustry = await page.getByLabel('業種').inputValue();
  const exported = await exportViaUi(page, passphrase);
  expect(exported.file).toMatch(/\.otasuke$/);
  expect(exported.fingerprint).toMatch(/^[0-9A-F]{4}(-[0-9A-F]{4}){3}$/);
  expect(fs.readFileSync(exported.file, 'utf8')).not.toContain('サンプル');

  // A wrong passphrase: refused, and nothing changes.
  let section = await checkFile(page, exported.file, 'not the passphrase');
  await expect(section.getByRole('alert')).toHaveText(/パスフレーズが違います/);
  await expect(section.getByTestId('preview-company')).toHaveCount(0);

  // A file changed on the way: refused.
  const envelope = JSON.parse(fs.readFileSync(exported.file, 'utf8')) as { ciphertext: string };
  const bytes = Buffer.from(envelope.ciphertext, 'base64');
  bytes[10]! ^= 0xff;
  const tampered = exported.file.replace('.otasuke', '-changed.otasuke');
  fs.writeFileSync(tampered, JSON.stringify({ ...envelope, ciphertext: bytes.toString('base64') }));
  section = await checkFile(page, tampered, passphrase);
  await expect(section.getByRole('alert')).toHaveText(/ファイルが壊れているか、書き換えられています/);

  // The real file with the right passphrase: a preview, and still one company until confirmed.
  section = await checkFile(page, exported.file, passphrase);
  await expect(section.getByTestId('preview-company')).toHaveText('サンプル株式会社');
  await expect(section.getByTestId('preview-fingerprint')).toHaveText(exported.fingerprint);
  await expect(section.getByText('会社プロフィール: 1件')).toBeVisible();
  await expect(page.getByLabel('表示する会社')).toHaveCount(0);

  await section.getByLabel('新しい会社として追加する').check();
  await section.getByRole('button', { name: '読み込む', exact: true }).click();
  await expect(section.getByRole('status')).toHaveText('「サンプル株式会社」を読み込み、表示を切り替えました。');

  // Two companies now: the switcher appears in the top bar, the new one is shown.
  const switcher = page.getByLabel('表示する会社');
  await expect(switcher.locator('option')).toHaveCount(2);
  await expect(page.getByLabel('業種')).toHaveValue(demoIndustry);
  await expect(page.getByLabel('会社名・屋号')).toHaveValue('サンプル株式会社');
  // Same data gives the same check code when the imported company is exported again.
  const again = await exportViaUi(page, null);
  expect(again.fingerprint).toBe(exported.fingerprint);
});

test('restore puts a company back as it was in an automatic backup', async ({ page, host }) => {
  await openDemoSettings(page, host.url);
  const companies = page.getByRole('region', { name: '会社の切り替え・追加' });
  await companies.getByRole('button', { name: '名前を変更: サンプル株式会社' }).click();
  await companies.getByLabel('「サンプル株式会社」の新しい名前').fill('サンプル商事');
  await companies.getByRole('button', { name: '保存' }).click();
  await expect(page.getByTestId('current-company')).toHaveText('サンプル商事');

  const restore = page.getByRole('region', { name: '自動バックアップから戻す' });
  const daily = restore.getByRole('row').filter({ hasText: '毎日の保存' });
  await expect(daily).toHaveCount(1);
  await daily.getByRole('button').click();
  await expect(restore.getByTestId('preview-company')).toHaveText('サンプル株式会社');
  await restore.getByRole('button', { name: 'この状態に戻す' }).click();
  await restore.getByRole('button', { name: '戻す', exact: true }).click();
  await expect(restore.getByRole('status')).toHaveText('以前の状態に戻しました。');
  await expect(page.getByTestId('current-company')).toHaveText('サンプル株式会社');
  await expect(page.getByLabel('会社名・屋号')).toHaveValue('サンプル株式会社');
  // The state just before restoring is kept too.
  await expect(restore.getByRole('row').filter({ hasText: '以前の状態に戻す前' })).toHaveCount(1);
});

test('adding and deleting a company: delete asks for the name', async ({ page, host, dataDir }) => {
  await openDemoSettings(page, host.url);
  const companies = page.getByRole('region', { name: '会社の切り替え・追加' });
  await companies.getByLabel('追加する会社の名前').fill('有限会社かわせ');
  await companies.getByRole('button', { name: '会社を追加' }).click();
  await expect(page.getByTestId('current-company')).toHaveText('有限会社かわせ');
  await page.getByLabel('表示する会社').selectOption({ label: 'サンプル株式会社' });
  await expect(page.getByTestId('current-company')).toHaveText('サンプル株式会社');

  await companies.getByRole('button', { name: '削除: 有限会社かわせ' }).click();
  const confirm = companies.getByLabel('確認のため、会社名「有限会社かわせ」を入力してください');
  await expect(companies.getByText('削除する直前の状態は90日間保管し')).toBeVisible();
  await confirm.fill('かわせ');
  await expect(companies.getByRole('button', { name: '削除する' })).toBeDisabled();
  await confirm.fill('有限会社かわせ');
  await companies.getByRole('button', { name: '削除する' }).click();
  await expect(companies.getByRole('listitem').filter({ hasText: '有限会社かわせ' })).toHaveCount(0);
  await expect(companies.getByRole('listitem')).toHaveCount(1);
  await expect(page.getByLabel('表示する会社')).toHaveCount(0);
  const snapshotDirs = fs.readdirSync(path.join(dataDir, 'snapshots'));
  const kept = snapshotDirs.flatMap((d) => fs.readdirSync(path.join(dataDir, 'snapshots', d)));
  expect(kept.some((f) => f.endsWith('.before_delete.otasuke'))).toBe(true);

  // The dialog said how long it is kept; the deleted company is listed and can be brought back.
  const deleted = page.getByRole('region', { name: '削除した会社' });
  await expect(deleted.getByTestId('deleted-company')).toContainText('有限会社かわせ');
  await expect(deleted.getByTestId('deleted-company')).toContainText('まで保管');
  await deleted.getByRole('button', { name: /^元に戻す/ }).click();
  await expect(page.getByTestId('current-company')).toHaveText('有限会社かわせ');
  await expect(page.getByRole('region', { name: '削除した会社' }).getByText('削除した会社はありません。')).toBeVisible();
  await expect(page.getByRole('region', { name: '削除した会社' }).getByRole('status')).toHaveText('「有限会社かわせ」を元に戻し、表示を切り替えました。');
});
