import fs from 'node:fs';
import path from 'node:path';
import { startHost } from '../support/host-process';
import { apiCall, expect, signIn, test } from './fixtures';

/** The one workspace folder of a data folder. */
function workspaceDir(dataDir: string): string {
  const root = path.join(dataDir, 'workspaces');
  const [id] = fs.readdirSync(root);
  return path.join(root, id!);
}

test('random bytes in the profile: the app starts, restores the backup and says so', async ({ page, host, dataDir }) => {
  await apiCall(host, 'workspaces:createDemo');
  await host.stop();
  const profile = path.join(workspaceDir(dataDir), 'profile.json');
  fs.writeFileSync(profile, Buffer.from([0xff, 0xfe, 0x00, 0x7b, 0x22, 0x13]));

  const restarted = await startHost(dataDir);
  try {
    await signIn(page, restarted);
    await page.goto(restarted.url);
    const notice = page.getByRole('alert').filter({ hasText: 'バックアップから復元しました' });
    await expect(notice).toBeVisible();
    await expect(notice).toContainText('ファイルを読み取れませんでした');
    await expect(page.getByTestId('current-company')).toHaveText('サンプル株式会社');
    await page.getByRole('link', { name: '設定' }).click();
    await expect(page.getByLabel('会社名・屋号')).toHaveValue('サンプル株式会社');
  } finally {
    await restarted.stop();
  }
});

test('a profile from a newer app version and no backup: the app starts clean, keeps the file and says so', async ({ page, host, dataDir }) => {
  await apiCall(host, 'workspaces:createDemo');
  await host.stop();
  const dir = workspaceDir(dataDir);
  const newer = JSON.stringify({ schemaVersion: 99, data: { name: '未来の形式' } });
  fs.writeFileSync(path.join(dir, 'profile.json'), newer);
  fs.rmSync(path.join(dir, 'backups'), { recursive: true, force: true });

  const restarted = await startHost(dataDir);
  try {
    await signIn(page, restarted);
    await page.goto(restarted.url);
    const notice = page.getByRole('alert').filter({ hasText: '使えるバックアップもありませんでした' });
    await expect(notice).toBeVisible();
    await expect(notice).toContainText('新しい版のアプリで保存されたファイルでした');
    await expect(notice).toContainText('profile.json.corrupt-');
    // The file written by the newer version is kept untouched beside the fresh one.
    const kept = fs.readdirSync(dir).find((f) => f.startsWith('profile.json.corrupt-'));
    expect(fs.readFileSync(path.join(dir, kept!), 'utf8')).toBe(newer);
  } finally {
    await restarted.stop();
  }
});
