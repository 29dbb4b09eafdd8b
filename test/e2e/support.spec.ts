import fs from 'node:fs';
import path from 'node:path';
import { apiCall, expect, test } from './fixtures';

test('the settings page saves a support file: versions, counts and the log, but no company or contact data', async ({ page, host, dataDir }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'サンプルの会社で試してみる' }).click();
  await expect(page.getByTestId('current-company')).toHaveText('サンプル株式会社');
  const added = await apiCall(host, 'contacts:save', { role: 'insurer', organisation: 'ひまわり損保', person: '鈴木花子', phones: [{ label: '', number: '090-3333-4444' }] });
  expect(added).toMatchObject({ ok: true });

  await page.getByRole('link', { name: '設定' }).click();
  const section = page.getByTestId('support-section');
  await expect(section.getByText(/お客様や取引先の情報、会社名/)).toBeVisible();
  const downloading = page.waitForEvent('download');
  await section.getByRole('button', { name: 'サポート用ファイルを保存する' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^otasuke-support-\d{8}-\d{4}\.json$/);
  await expect(section.getByRole('status')).toHaveText(/サポート用ファイルを保存しました。.*ダウンロードフォルダ/);

  const text = fs.readFileSync(await download.path(), 'utf8');
  const bundle = JSON.parse(text) as { app: { host: string; version: string }; companies: { number: number; documents: number }[]; log: { files: { lines: { channel?: string }[] }[] } };
  expect(bundle.app).toMatchObject({ host: 'browser', version: expect.stringMatching(/^\d+\.\d+\.\d+/) });
  expect(bundle.companies).toEqual([expect.objectContaining({ number: 1, documents: expect.any(Number) })]);
  const channels = bundle.log.files.flatMap((f) => f.lines).map((l) => l.channel);
  expect(channels).toEqual(expect.arrayContaining(['workspaces:createDemo', 'contacts:save', 'settings:get']));
  for (const secret of ['サンプル株式会社', 'ひまわり損保', '鈴木花子', '090-3333-4444', dataDir]) expect(text).not.toContain(secret);

  // The log itself stays in the data folder, readable by this user only.
  expect(fs.statSync(path.join(dataDir, 'logs', 'otasuke.log')).mode & 0o777).toBe(0o600);
});
