import fs from 'node:fs';
import path from 'node:path';
import { expect, signIn, test } from './fixtures';

test('first run asks for the company, keeps it after a reload, and shows the Japanese shell', async ({ page, host }) => {
  await page.goto(host.url);
  await expect(page.getByRole('heading', { name: 'はじめに、会社のことを教えてください' })).toBeVisible();
  // The launch token leaves the address bar once it has been read.
  await expect(page).not.toHaveURL(/token=/);

  await page.getByRole('button', { name: 'はじめる' }).click();
  await expect(page.getByText('入力してください。')).toBeVisible();

  await page.getByLabel('会社名・屋号').fill('株式会社やまだ商店');
  await page.getByLabel('業種').selectOption({ label: '小売業' });
  await page.getByLabel('従業員数').fill('8');
  await page.getByRole('button', { name: 'はじめる' }).click();

  await expect(page.getByRole('navigation', { name: 'メインメニュー' })).toBeVisible();
  await expect(page.getByTestId('current-company')).toHaveText('株式会社やまだ商店');

  await page.reload();
  await expect(page.getByTestId('current-company')).toHaveText('株式会社やまだ商店');
  await page.getByRole('link', { name: '設定' }).click();
  await expect(page.getByLabel('会社名・屋号')).toHaveValue('株式会社やまだ商店');
  await expect(page.getByLabel('従業員数')).toHaveValue('8');
});

test('switching to English is remembered across reloads', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByText('English', { exact: true }).click();
  await expect(page.getByRole('heading', { name: 'First, tell us about your company' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByLabel('Company or trade name').fill('Yamada Shoten');
  await page.getByRole('button', { name: 'Get started' }).click();
  await expect(page.getByRole('link', { name: 'Settings' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('link', { name: 'Settings' })).toBeVisible();
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByText('日本語', { exact: true }).click();
  await expect(page.getByRole('heading', { name: '設定', level: 1 })).toBeVisible();
});

test('the sample company can be created from the first-run screen and is marked as a sample', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'サンプルの会社で試してみる' }).click();
  await expect(page.getByTestId('current-company')).toHaveText('サンプル株式会社');
  await expect(page.getByText('サンプル', { exact: true })).toBeVisible();
});

test('a truncated profile file is set aside, restored from backup, and the user is told', async ({ page, host, dataDir }) => {
  await page.goto(host.url);
  await page.getByLabel('会社名・屋号').fill('株式会社まるやま');
  await page.getByRole('button', { name: 'はじめる' }).click();
  await expect(page.getByTestId('current-company')).toHaveText('株式会社まるやま');
  await host.stop();

  const workspaces = path.join(dataDir, 'workspaces');
  const [workspaceId] = fs.readdirSync(workspaces);
  const profileFile = path.join(workspaces, workspaceId!, 'profile.json');
  const content = fs.readFileSync(profileFile, 'utf8');
  fs.writeFileSync(profileFile, content.slice(0, Math.floor(content.length / 2)));

  const { startHost } = await import('../support/host-process');
  const restarted = await startHost(dataDir);
  try {
    await signIn(page, restarted);
    await page.goto(restarted.url);
    const notice = page.getByRole('alert').filter({ hasText: 'バックアップから復元しました' });
    await expect(notice).toBeVisible();
    await expect(notice).toContainText('会社プロフィール');
    await expect(notice).toContainText('profile.json.corrupt-');
    await expect(page.getByTestId('current-company')).toHaveText('株式会社まるやま');
    const files = fs.readdirSync(path.join(workspaces, workspaceId!));
    expect(files.some((f) => f.startsWith('profile.json.corrupt-'))).toBe(true);
    await notice.getByRole('button', { name: '確認しました' }).click();
    await expect(notice).toHaveCount(0);
  } finally {
    await restarted.stop();
  }
});
