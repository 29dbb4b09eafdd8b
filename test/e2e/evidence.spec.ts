import { createHash } from 'node:crypto';
import type { Page } from '@playwright/test';
import { apiCall, expect, test } from './fixtures';

/** A real (tiny) PNG: a 1×1 pixel, so the type check by content accepts it. */
const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const prefix = createHash('sha256').update(png).digest('hex').slice(0, 8).toUpperCase();
const hashText = `${prefix.slice(0, 4)}-${prefix.slice(4)}`;

const dayPlus = (days: number) => {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/** A page of the app by its address (the app routes by the hash part). */
async function openInApp(page: Page, path: string) {
  await page.evaluate((to) => {
    location.hash = to;
  }, path);
}

test('attach a screenshot to the backup answer, find it with its fingerprint, and see home say when it has expired', async ({ page, host }) => {
  await apiCall(host, 'workspaces:create', { name: '株式会社やまだ商店' });
  await page.goto(host.url);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await openInApp(page, '/self-check/wizard/11');
  await expect(page.getByText('質問 11 / 25')).toBeVisible();
  await page.getByRole('radio', { name: '実施している', exact: true }).check();
  await page.getByRole('link', { name: 'この回答の証跡を添付する（0件）' }).click();

  await expect(page.getByRole('heading', { name: '証跡（証拠の保管）', level: 1 })).toBeVisible();
  await expect(page.getByText('結び付ける先: セルフチェック Q11')).toBeVisible();
  // An executable named like a picture is refused by its content, and nothing is kept.
  await page.getByLabel(/^ファイル（/).setInputFiles({ name: 'backup.png', mimeType: 'image/png', buffer: Buffer.concat([Buffer.from('MZ'), Buffer.alloc(64)]) });
  await page.getByLabel('名前').fill('バックアップ設定の画面');
  await page.getByRole('button', { name: '保管する' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'このファイルの種類は保管できません' })).toBeVisible();
  await expect(page.getByTestId('evidence-item')).toHaveCount(0);

  await page.getByLabel(/^ファイル（/).setInputFiles({ name: 'backup.png', mimeType: 'image/png', buffer: png });
  await page.getByLabel('何を示すものか').fill('毎晩、外付けディスクにバックアップしている');
  await page.getByLabel('見直す日・有効期限（任意）').fill(dayPlus(20));
  await page.getByRole('button', { name: '保管する' }).click();
  await expect(page.getByRole('status').filter({ hasText: '「バックアップ設定の画面」を保管しました。' })).toBeVisible();
  const item = page.getByTestId('evidence-item');
  await expect(item).toHaveCount(1);
  await expect(item).toContainText(`指紋 ${hashText}`);
  await expect(item).toContainText('セルフチェック Q11');
  await expect(item).toContainText('もうすぐ期限');
  await page.screenshot({ path: 'test-results/screens/evidence-ja.png', fullPage: true });
  await page.getByRole('button', { name: /^30日以内に期限/ }).click();
  await expect(item).toHaveCount(1);

  // Back on the question, the answer now shows its evidence.
  await openInApp(page, '/self-check/wizard/11');
  await expect(page.getByRole('link', { name: 'この回答の証跡を添付する（1件）' })).toBeVisible();

  // Six weeks later the evidence has expired, and home says so.
  await page.clock.install({ time: new Date(`${dayPlus(42)}T09:00:00`) });
  await page.goto(host.url);
  const panel = page.getByTestId('home-evidence');
  await expect(panel).toContainText('期限切れの証跡が1件あります。');
  await expect(panel).toContainText('バックアップ設定の画面');
  await panel.getByRole('link', { name: '証跡を見る' }).click();
  await expect(page.getByTestId('evidence-item')).toContainText('期限切れ');
});

test('evidence names what it backs (an action, an incident, a register row, a record) and says when one was deleted', async ({ page, host }) => {
  await apiCall(host, 'workspaces:createDemo');
  const value = async <T>(channel: string) => ((await apiCall(host, channel)) as { value: T }).value;
  const action = (await value<{ id: string; title: string }[]>('actions:list'))[0]!;
  const incident = (await value<{ id: string; title: string }[]>('incidents:list'))[0]!;
  const record = (await value<{ id: string; kind: string }[]>('records:list')).find((r) => r.kind === 'training')!;
  const device = (await value<{ devices: { id: string; name: string }[] }>('registers:all')).devices[0]!;
  const claims = [
    { kind: 'action', id: action.id },
    { kind: 'incident', id: incident.id },
    { kind: 'record', id: record.id },
    { kind: 'registerEntry', id: device.id },
  ];
  const added = await apiCall(host, 'evidence:addNote', { details: { title: '保守業者の作業報告書', appliesOn: dayPlus(-3), claims }, note: '紙の報告書は事務所のファイルに保管' });
  expect(added).toMatchObject({ ok: true });
  await page.goto(host.url);
  await openInApp(page, '/evidence');
  const item = page.getByTestId('evidence-item').filter({ hasText: '保守業者の作業報告書' });
  await expect(item).toContainText(`対策 ${action.title}`);
  await expect(item).toContainText(`インシデント ${incident.title}`);
  await expect(item).toContainText(/記録 研修 \d{4}年\d{1,2}月\d{1,2}日/);
  await expect(item).toContainText(`台帳 ${device.name}`);
  await expect(item).not.toContainText(record.id);

  await apiCall(host, 'records:remove', { id: record.id });
  await apiCall(host, 'incidents:remove', { id: incident.id });
  await page.reload();
  await expect(item).toContainText('記録（削除済み）');
  await expect(item).toContainText('インシデント（削除済み）');
  await expect(item).toContainText(`対策 ${action.title}`);
});
