import { apiCall, expect, test } from './fixtures';
import { tabTo } from './keyboard';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

const answerNames = ['実施している', '一部実施している', '実施していない', 'わからない'];

async function startCompany(page: Page, url: string) {
  await page.goto(url);
  await page.getByLabel('会社名・屋号').fill('株式会社やまだ商店');
  await page.getByRole('button', { name: 'はじめる' }).click();
  await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: 'セルフチェック' }).click();
}

/** Answers the question on screen with the keyboard only: Tab into the answers, arrows, Enter. */
async function answerByKeyboard(page: Page, n: number, choice: number) {
  await expect(page.getByText(`質問 ${n} / 25`)).toBeVisible();
  await expect(page.locator('#wizard-question')).toBeFocused();
  await page.keyboard.press('Tab');
  if (choice === 0) await page.keyboard.press('Space');
  for (let i = 0; i < choice; i += 1) await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: answerNames[choice], exact: true })).toBeChecked();
  await page.keyboard.press('Enter');
}

test('answer all 25 by keyboard, see score, band and charts, plan an action, find it in history after a reload', async ({ page, host }) => {
  // From the menu to the results with the keyboard alone: Tab, arrows, Space and Enter.
  await apiCall(host, 'workspaces:create', { name: '株式会社やまだ商店' });
  await page.goto(host.url);
  await tabTo(page, page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: 'セルフチェック' }));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('link', { name: 'セルフチェックを始める' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText('質問 1 / 25')).toBeVisible();
  expect((await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze()).violations).toEqual([]);
  // q03 and q05 partly, q11 and q22 not done, q21 unknown, everything else done: 80 + 2 + 2 − 1 = 83.
  const choices: Record<number, number> = { 3: 1, 5: 1, 11: 2, 21: 3, 22: 2 };
  for (let n = 1; n <= 25; n += 1) await answerByKeyboard(page, n, choices[n] ?? 0);

  await expect(page.getByRole('heading', { name: '答えの見直し' })).toBeFocused();
  // Finishing is one Tab from the heading, before the 25 「変更」 links.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'チェックを終えて結果を見る' })).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(page.getByTestId('score-total')).toHaveText('83');
  await expect(page.getByTestId('score-band')).toHaveText('おおむね良好');
  await expect(page.getByTestId('radar-chart').locator('.recharts-radar')).toHaveCount(1);
  await expect(page.getByTestId('bar-chart').locator('.recharts-bar-rectangle')).toHaveCount(3);
  await expect(page.getByText('基本的対策 16 / 20点（80%）')).toBeVisible();
  expect((await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze()).violations).toEqual([]);
  // The わからない answer is a question for the supporter; the 0-point answers come first in the plan.
  await expect(page.getByRole('region', { name: /支援機関に聞きたいこと/ })).toContainText('私物のパソコンやスマホ');
  const next = page.getByRole('region', { name: '次にやること' }).getByRole('listitem').filter({ has: page.getByRole('heading') });
  await expect(next.first()).toContainText('11. バックアップ');

  await page.getByRole('button', { name: '対策計画に追加: バックアップ' }).click();
  await expect(page.locator('#action-q11-title')).not.toHaveValue('');
  await page.locator('#action-q11-owner').fill('佐藤');
  await page.locator('#action-q11-due').fill('2020-01-31');
  await page.getByRole('button', { name: '保存する' }).click();
  await expect(page.getByTestId('next-q11').getByText('対策計画にあります')).toBeVisible();

  await page.reload();
  await page.getByRole('link', { name: '履歴' }).click();
  await expect(page.getByTestId('trend-chart').locator('.recharts-line')).toHaveCount(1);
  const row = page.getByRole('row').filter({ hasText: '83' });
  await expect(row).toContainText('おおむね良好');

  await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: 'ホーム' }).click();
  const panel = page.getByTestId('home-actions');
  await expect(panel).toContainText('未完了 1 件');
  await expect(panel).toContainText('期限切れ 1 件');
  await expect(panel).toContainText('最新のセルフチェック：83点（おおむね良好）');
});

test('a half-finished check resumes where it stopped, answers intact', async ({ page, host }) => {
  await startCompany(page, host.url);
  await page.getByRole('link', { name: 'セルフチェックを始める' }).click();
  await answerByKeyboard(page, 1, 0);
  await answerByKeyboard(page, 2, 1);
  await answerByKeyboard(page, 3, 2);
  await expect(page.getByText('質問 4 / 25')).toBeVisible();

  await page.reload();
  await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: 'セルフチェック' }).click();
  await expect(page.getByText('3 / 25 問に答えています')).toBeVisible();
  await page.getByRole('link', { name: '続きから答える' }).click();
  await expect(page.getByText('質問 4 / 25')).toBeVisible();
  await expect(page.getByText('3 / 25 問に回答').first()).toBeVisible();
  await page.getByRole('button', { name: '前の質問' }).click();
  await expect(page.getByText('質問 3 / 25')).toBeVisible();
  await expect(page.getByRole('radio', { name: '実施していない', exact: true })).toBeChecked();
  // Not finished: no score is shown as if it were.
  await page.getByRole('link', { name: '概要' }).click();
  await expect(page.getByText('まだ終えたチェックはありません。')).toBeVisible();
});
