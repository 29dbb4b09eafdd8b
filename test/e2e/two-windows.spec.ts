import type { Page } from '@playwright/test';
import { apiCall, expect, test } from './fixtures';

/** Records a minimal incident through the form, as a supporter would in that window. */
async function recordIncident(page: Page, title: string) {
  await page.getByRole('link', { name: 'インシデント', exact: true }).click();
  await page.getByRole('link', { name: '新しく記録する' }).click();
  await page.getByLabel('何が起きたか（件名）').fill(title);
  await page.getByRole('button', { name: '記録を作成する' }).click();
  await expect(page.getByTestId('reporting-panel')).toBeVisible();
}

async function titlesIn(host: Parameters<typeof apiCall>[0], workspaceId: string): Promise<string[]> {
  const result = (await apiCall(host, 'incidents:list', { workspaceId })) as { ok: boolean; value: { title: string }[] };
  expect(result.ok).toBe(true);
  return result.value.map((row) => row.title).sort();
}

test('two tabs on two companies: each saves into its own company, whatever the other switched to', async ({ page, host }) => {
  // Tab A: the sample company.
  await page.goto(host.url);
  await page.getByRole('button', { name: 'サンプルの会社で試してみる' }).click();
  await expect(page.getByTestId('current-company')).toHaveText('サンプル株式会社');
  const demo = ((await apiCall(host, 'workspaces:lastOpened')) as { value: { id: string } }).value;

  // Tab B opens afterwards on a second client, and switches to it (the back end's "last opened" moves).
  const created = (await apiCall(host, 'workspaces:create', { name: '株式会社やまだ商店' })) as { value: { id: string } };
  const tabB = await page.context().newPage();
  await tabB.goto(host.url);
  await expect(tabB.getByTestId('current-company')).toHaveText('株式会社やまだ商店');

  // Both tabs record an incident; A's must land in サンプル, B's in やまだ.
  const before = await titlesIn(host, demo.id);
  await recordIncident(page, 'A: サンプル社のパソコンが不調');
  await recordIncident(tabB, 'B: やまだ商店の不審メール');
  await expect(page.getByTestId('current-company')).toHaveText('サンプル株式会社');
  expect(await titlesIn(host, demo.id)).toEqual([...before, 'A: サンプル社のパソコンが不調'].sort());
  expect(await titlesIn(host, created.value.id)).toEqual(['B: やまだ商店の不審メール']);

  // A reload keeps each tab on its own company.
  await page.reload();
  await expect(page.getByTestId('current-company')).toHaveText('サンプル株式会社');
  await tabB.reload();
  await expect(tabB.getByTestId('current-company')).toHaveText('株式会社やまだ商店');

  // Switching in B does not move A.
  await tabB.getByLabel('表示する会社').selectOption({ label: 'サンプル株式会社' });
  await expect(tabB.getByTestId('current-company')).toHaveText('サンプル株式会社');
  await page.reload();
  await expect(page.getByTestId('current-company')).toHaveText('サンプル株式会社');
});

test('a call naming a company that does not exist is refused and writes nothing', async ({ host }) => {
  const result = await apiCall(host, 'contacts:save', { workspaceId: 'no-such-company', role: 'insurer', organisation: '保険', person: '' });
  expect(result).toMatchObject({ ok: false, error: { code: 'no_workspace' } });
  const missing = await apiCall(host, 'contacts:save', { role: 'insurer', organisation: '保険', person: '' });
  expect(missing).toMatchObject({ ok: false, error: { code: 'invalid_request', issues: [{ path: ['workspaceId'] }] } });
});
