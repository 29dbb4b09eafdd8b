import type { Page } from '@playwright/test';
import { apiCall, expect, test } from './fixtures';

/** The browser's own calendar day, as the form expects it. */
async function browserToday(page: Page): Promise<string> {
  return page.evaluate(() => {
    const d = new Date();
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  });
}

test('deleting an incident asks first, then takes its weak marks with it and keeps its action', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByLabel('会社名・屋号').fill('株式会社やまだ商店');
  await page.getByRole('button', { name: 'はじめる' }).click();
  await page.getByRole('link', { name: 'インシデント', exact: true }).click();
  await page.getByRole('link', { name: '新しく記録する' }).click();
  await page.getByLabel('何が起きたか（件名）').fill('偽の請求書メールのリンクを開いた');
  await page.getByLabel('気づいた日').fill(await browserToday(page));
  await page.getByRole('button', { name: '記録を作成する' }).click();
  await expect(page.getByRole('heading', { name: '偽の請求書メールのリンクを開いた' })).toBeVisible();

  // What the incident taught: one question proven weak, one action for the plan.
  const weakGroup = page.getByRole('group', { name: 'この件で弱いと分かったチェック項目' });
  await weakGroup.getByRole('checkbox').first().check();
  await page.getByRole('button', { name: '弱い項目を保存' }).click();
  await expect(page.getByText('保存しました。')).toBeVisible();
  await page.getByLabel('やること').fill('怪しいメールの見分け方を全員で確認する');
  await page.getByRole('button', { name: '追加する' }).last().click();
  await expect(page.getByText('対策計画に追加しました。')).toBeVisible();
  const weakBefore = (await apiCall(host, 'selfCheck:weaknesses')) as { value: unknown[] };
  expect(weakBefore.value).toHaveLength(1);

  // The first click only asks; "やめる" leaves everything as it was.
  await page.getByRole('button', { name: 'この記録を削除する' }).click();
  const ask = page.getByRole('group', { name: '「偽の請求書メールのリンクを開いた」の記録を削除しますか' });
  await expect(ask).toContainText('「この件で弱点とわかった項目」の印が消えます');
  await expect(ask).toContainText('対策計画に追加した対策は、消えずに残ります');
  await ask.getByRole('button', { name: 'やめる' }).click();
  await expect(ask).toBeHidden();
  await page.getByRole('link', { name: '一覧に戻る' }).click();
  await expect(page.getByText('1件')).toBeVisible();

  await page.getByRole('link', { name: '偽の請求書メールのリンクを開いた' }).click();
  await page.getByRole('button', { name: 'この記録を削除する' }).click();
  await ask.getByRole('button', { name: '削除する' }).click();

  // Back on the list, which is empty now; the weak mark is gone, the action is still planned.
  await expect(page.getByText('まだ記録はありません。')).toBeVisible();
  await expect(page.getByRole('link', { name: '新しく記録する' })).toBeVisible();
  const weakAfter = (await apiCall(host, 'selfCheck:weaknesses')) as { value: unknown[] };
  expect(weakAfter.value).toEqual([]);
  await page.getByRole('link', { name: 'ホーム' }).click();
  await expect(page.getByTestId('home-actions')).toContainText('未完了 1 件');
  await expect(page.getByTestId('incidents-panel')).not.toContainText('偽の請求書メール');
});
