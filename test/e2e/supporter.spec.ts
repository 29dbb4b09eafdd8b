import type { Page } from '@playwright/test';
import { apiCall, expect, test } from './fixtures';

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

const menu = (page: Page) => page.getByRole('navigation', { name: 'メインメニュー' });

test('a supporter makes the sample portfolio, sorts by overdue report deadlines, opens a company and records a visit whose next steps become actions', async ({ page, host }) => {
  test.setTimeout(120_000);
  await apiCall(host, 'workspaces:create', { name: '株式会社やまだ商店' });
  await page.goto(host.url);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // One company: no portfolio in the menu.
  await expect(menu(page).getByRole('link', { name: '訪問・相談' })).toBeVisible();
  await expect(menu(page).getByRole('link', { name: '担当企業' })).toHaveCount(0);

  await openInApp(page, '/settings');
  await page.getByRole('button', { name: 'サンプルの担当企業を作る' }).click();
  await expect(page.getByRole('status').filter({ hasText: '30社のサンプルを作りました' })).toBeVisible({ timeout: 60_000 });
  await menu(page).getByRole('link', { name: '担当企業' }).click();
  await expect(page.getByRole('heading', { name: '担当企業の一覧', level: 1 })).toBeVisible();
  await expect(page.getByText('31社を表示（全31社）')).toBeVisible();

  // Sorted by name, then by report deadlines: the companies with overdue ones come first.
  await page.getByRole('button', { name: '会社で並べ替え' }).click();
  await expect(page.getByTestId('portfolio-row').first()).not.toContainText('期限切れ）');
  await page.getByRole('button', { name: '報告期限で並べ替え' }).click();
  const first = page.getByTestId('portfolio-row').first();
  await expect(first).toContainText('期限切れ）');
  const name = (await first.getByRole('button').first().textContent())!.trim();

  await first.getByRole('button', { name: `${name}を開く` }).click();
  await expect(page.getByTestId('current-company')).toHaveText(name);

  await menu(page).getByRole('link', { name: '訪問・相談' }).click();
  await page.getByRole('link', { name: '記録を追加する' }).click();
  await page.getByLabel('種類').selectOption({ label: '駆けつけ（現地での事故対応）' });
  await page.getByLabel('支援者（名前・所属）').fill('中野 商工会議所 相談員');
  await page.getByLabel('確認したこと・見つかったこと').fill('誤送信したメールの宛先に削除を依頼済み。個人情報保護委員会への速報がまだ。');
  await page.getByLabel('助言したこと').fill('今日中に速報を出す。確報の準備を始める。');
  await page.getByRole('button', { name: '次の一手を追加' }).click();
  await page.getByLabel('やること').fill('個人情報保護委員会に速報を出す');
  await page.getByLabel('担当').fill('総務 佐藤');
  await page.getByLabel('期限').fill(dayPlus(1));
  await page.getByLabel('かかった時間（分）').fill('120');
  await page.getByLabel('次回の予定日').fill(dayPlus(-3));
  await page.getByRole('button', { name: '記録する' }).click();
  // A next visit before the visit is refused with our own words, and nothing is saved.
  await expect(page.getByText('次回の予定日は、この記録の日付以降にしてください。')).toBeVisible();
  await page.getByLabel('次回の予定日').fill(dayPlus(14));
  await page.getByRole('button', { name: '記録する' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'を保存し、1件を対策に加えました。' })).toBeVisible();
  const latest = page.getByTestId('visit-item').first();
  await expect(latest).toContainText('駆けつけ（現地での事故対応）');
  await expect(latest).toContainText('120分');

  await openInApp(page, '/self-check/actions');
  await expect(page.getByText('個人情報保護委員会に速報を出す')).toBeVisible();
  await expect(page.getByText('総務 佐藤').first()).toBeVisible();

  // The preparation page shows the report deadline that has passed.
  await openInApp(page, '/visits/prepare');
  await expect(page.getByRole('heading', { name: '次の訪問の準備', level: 1 })).toBeVisible();
  await expect(page.getByText(/速報 .*日過ぎています/).first()).toBeVisible();
});

test('programmes edited for one company go back to the built-in ones on request, after a confirm', async ({ page, host }) => {
  await apiCall(host, 'workspaces:create', { name: '株式会社やまだ商店' });
  await page.goto(host.url);
  await openInApp(page, '/visits/programmes');
  const firstName = page.getByLabel('プログラム名').first();
  const original = await firstName.inputValue();
  expect(original).not.toBe('');
  await firstName.fill('やまだ商店向けの4回');
  await page.getByRole('button', { name: 'プログラムを保存する' }).click();
  await expect(page.getByRole('status').filter({ hasText: '保存しました。' })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('プログラム名').first()).toHaveValue('やまだ商店向けの4回');

  // Dismissing the confirm keeps the edited copy; accepting it goes back.
  page.once('dialog', (dialog) => void dialog.dismiss());
  await page.getByRole('button', { name: '元のプログラムに戻す' }).click();
  await expect(page.getByLabel('プログラム名').first()).toHaveValue('やまだ商店向けの4回');
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: '元のプログラムに戻す' }).click();
  await expect(page.getByRole('status').filter({ hasText: '元のプログラムに戻しました。' })).toBeVisible();
  await expect(page.getByLabel('プログラム名').first()).toHaveValue(original);
  await page.reload();
  await expect(page.getByLabel('プログラム名').first()).toHaveValue(original);
});
