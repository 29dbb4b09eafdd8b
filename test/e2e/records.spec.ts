import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { apiCall, expect, test } from './fixtures';

/** Where the screenshots go (SHOTS_DIR to look at them elsewhere). */
const shots = process.env.SHOTS_DIR ?? 'test-results/screens';

/** Serious or critical axe findings (WCAG 2.1 A/AA and best practice), as a11y.spec.ts counts them. */
async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => ({ id: v.id, targets: v.nodes.map((n) => n.target.join(' ')) }));
}

async function openInApp(page: Page, to: string) {
  await page.evaluate((hash) => {
    location.hash = hash;
  }, to);
}

test('record a training and a restore test, see them in the calendar and on home, and export the .ics', async ({ page, host }) => {
  await apiCall(host, 'workspaces:create', { name: '株式会社やまだ商店' });
  // The window's clock on a fixed day (in the past, so the back end accepts the days typed).
  await page.clock.install({ time: new Date('2026-06-10T09:00:00') });
  await page.goto(host.url);
  await page.getByRole('navigation').first().getByRole('link', { name: '記録', exact: true }).click();
  await expect(page.getByRole('heading', { name: '記録', level: 1 })).toBeVisible();

  const training = page.getByTestId('records-training');
  await expect(training).toContainText('まだ一度も記録がありません');
  await training.getByText('記録する…').click();
  // The form starts on today, written the Japanese way.
  await expect(training.getByRole('textbox', { name: /^実施した日/ })).toHaveValue('2026年6月10日');
  // A day not yet come is refused, in our own words.
  await training.getByRole('textbox', { name: /^実施した日/ }).fill('2026-06-11');
  await training.getByLabel('内容（例: 不審メールの見分け方）').fill('不審メールの見分け方');
  await training.getByRole('button', { name: '記録する', exact: true }).click();
  await expect(training.getByRole('alert')).toContainText('実施した日に、まだ来ていない日は入れられません');
  await training.getByRole('textbox', { name: /^実施した日/ }).fill('2026-05-20');
  await training.getByLabel('出席した人（名前を読点で区切って）').fill('山田、佐藤');
  await training.getByRole('button', { name: '記録する', exact: true }).click();
  await expect(training.getByRole('status')).toHaveText('「研修」を記録しました。');
  await expect(training.getByTestId('record-training')).toContainText('不審メールの見分け方');
  await expect(training).toContainText('次は2027年5月20日まで');
  // A typo is corrected in place; the record keeps its day.
  await training.getByRole('button', { name: '直す' }).click();
  const correcting = training.getByRole('form', { name: '研修の記録を直す' });
  await correcting.getByLabel('内容（例: 不審メールの見分け方）').fill('不審メールの見分け方と報告のしかた');
  await correcting.getByRole('button', { name: '直した内容を保存する' }).click();
  await expect(training.getByTestId('record-training')).toContainText('不審メールの見分け方と報告のしかた');
  await expect(training.getByTestId('record-training')).toContainText('2026年5月20日');

  const restore = page.getByTestId('records-restoreTest');
  await restore.getByText('記録する…').click();
  await restore.getByRole('textbox', { name: /^実施した日/ }).fill('2026-06-01');
  await restore.getByLabel('戻してみたもの（例: 受注管理PCの顧客ファイル）').fill('お客様台帳');
  await restore.getByRole('button', { name: '記録する', exact: true }).click();
  await expect(restore.getByRole('alert')).toContainText('選択肢から選んでください');
  await restore.getByLabel('結果').selectOption({ label: '一部だけ戻せた' });
  await restore.getByRole('button', { name: '記録する', exact: true }).click();
  await expect(restore.getByTestId('record-restoreTest')).toContainText('一部だけ戻せた');
  // Only partly restored: tried again within a month.
  await expect(restore).toContainText('次は2026年7月1日まで');

  // The record can carry evidence.
  await restore.getByRole('link', { name: '証跡を添付する（0件）' }).click();
  await expect(page.getByText('結び付ける先: 記録')).toBeVisible();

  await openInApp(page, '/records/calendar');
  await expect(page.getByRole('heading', { name: '予定表（これから12か月）', level: 1 })).toBeVisible();
  const month = (name: string) => page.getByTestId('calendar-month').filter({ has: page.getByRole('heading', { name, exact: true }) });
  await expect(month('2026年6月')).toContainText('セルフチェック（年1回）');
  await expect(month('2026年7月')).toContainText('バックアップの復元テスト');
  await expect(month('2027年5月')).toContainText('セキュリティ研修（年1回）2027年5月20日まで');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'カレンダー（.ics）に書き出す' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('calendar_株式会社やまだ商店_2026-06-10.ics');
  const ics = fs.readFileSync(await file.path(), 'utf8');
  expect(ics).toContain('SUMMARY:セキュリティ研修（年1回）');
  expect(ics).toMatch(/UID:training@[^\r\n]+\r\n(?:[^\r\n]+\r\n)*?DTSTART;VALUE=DATE:20270520/);
  await expect(page.getByRole('status')).toHaveText('書き出しました。');

  // Home: this month's list, each with the page to act on.
  await openInApp(page, '/');
  const panel = page.getByTestId('home-this-month');
  await expect(panel).toContainText('今月中が期限のものが');
  await expect(panel).toContainText('事故対応の訓練（年1回）');
  await expect(panel).not.toContainText('セキュリティ研修');
  await panel.getByRole('link', { name: '開く: 事故対応の訓練（年1回）' }).click();
  await expect(page.getByRole('heading', { name: '事故対応の訓練', level: 2 })).toBeFocused();

  // A month and a half later the restore test is overdue, and home says so.
  await page.clock.setSystemTime(new Date('2026-07-20T09:00:00'));
  await openInApp(page, '/');
  await page.reload();
  await expect(page.getByTestId('home-this-month')).toContainText('期限を過ぎたものが');
  await expect(page.getByTestId('home-this-month').locator('[data-status="overdue"]').filter({ hasText: 'バックアップの復元テスト' })).toBeVisible();
});

for (const language of ['ja', 'en'] as const) {
  test(`the demo company's records page and home panel (${language}) as screenshots`, async ({ page, host }) => {
    await apiCall(host, 'workspaces:createDemo');
    await apiCall(host, 'settings:setLanguage', { language });
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(host.url);
    const panel = page.getByTestId('home-this-month');
    await expect(panel).toBeVisible();
    await panel.scrollIntoViewIfNeeded();
    fs.mkdirSync(shots, { recursive: true });
    await page.screenshot({ path: path.join(shots, `home-panel-${language}.png`) });
    await openInApp(page, '/records');
    await expect(page.getByTestId('record-training')).toHaveCount(1);
    await expect(page.getByTestId('record-restoreTest')).toHaveCount(1);
    await expect(page.getByTestId('record-review')).toHaveCount(1);
    await expect(page.getByTestId('record-drill')).toHaveCount(1);
    await page.screenshot({ path: path.join(shots, `records-${language}.png`) });
    await page.screenshot({ path: path.join(shots, `records-full-${language}.png`), fullPage: true });
    // The page with a form open (the restore test's, from a link to it) passes axe too.
    await openInApp(page, '/records/restoreTest');
    await expect(page.getByTestId('records-restoreTest').getByRole('form')).toBeVisible();
    await page.screenshot({ path: path.join(shots, `records-form-${language}.png`) });
    expect(await seriousViolations(page)).toEqual([]);
    await openInApp(page, '/records/calendar');
    await expect(page.getByTestId('calendar-month').first()).toBeVisible();
    // The device register feeds the calendar: three demo devices have no recent update check.
    const devices = page.getByTestId('obligation').filter({ hasText: language === 'ja' ? /機器の更新の確認（\d+台）/ : /Check devices for updates \(\d+\)/ });
    await expect(devices).toHaveAttribute('data-status', 'overdue');
    await expect(devices.getByRole('link')).toHaveAttribute('href', /\/registers\/devices$/);
    await page.screenshot({ path: path.join(shots, `calendar-${language}.png`), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
    // At 200% zoom (a 640 px wide window) the calendar wraps instead of scrolling sideways.
    await page.setViewportSize({ width: 640, height: 450 });
    const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, viewport: document.documentElement.clientWidth, main: document.querySelector('main')!.scrollWidth, mainBox: document.querySelector('main')!.clientWidth }));
    expect(widths.page).toBeLessThanOrEqual(widths.viewport);
    expect(widths.main).toBeLessThanOrEqual(widths.mainBox);
    await page.screenshot({ path: path.join(shots, `calendar-zoom-${language}.png`) });
  });
}
