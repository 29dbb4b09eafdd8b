import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** The browser's own calendar day, shifted, as the form expects it. */
async function browserDay(page: Page, offset: number): Promise<string> {
  return page.evaluate((days) => {
    const d = new Date();
    d.setDate(d.getDate() + days);
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  }, offset);
}

async function download(page: Page, button: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return fs.readFileSync((await file.path())!, 'utf8');
}

test('a ransomware leak: clocks on the incident and home, logs, report sent, closed, exported', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByLabel('会社名・屋号').fill('株式会社やまだ商店');
  await page.getByRole('button', { name: 'はじめる' }).click();
  await page.getByRole('link', { name: 'インシデント', exact: true }).click();
  await expect(page.getByText('まだ記録はありません。')).toBeVisible();
  await page.getByRole('link', { name: '新しく記録する' }).click();
  await expect(page.getByRole('heading', { name: 'まず最初にすること' })).toBeVisible();

  // Bad input first: a discovery date in the future is refused, nothing is saved.
  await page.getByLabel('何が起きたか（件名）').fill('顧客管理パソコンがランサムウェアに感染');
  await page.getByLabel('気づいた日').fill(await browserDay(page, 2));
  await page.getByRole('button', { name: '記録を作成する' }).click();
  await expect(page.getByText('未来の日付は入力できません。')).toBeVisible();

  await page.getByLabel('気づいた日').fill(await browserDay(page, -1));
  await page.getByLabel('種類').selectOption({ label: 'ウイルス・ランサムウェア' });
  await page.getByLabel('深刻さ').selectOption({ label: '重大' });
  await page.getByLabel(/個人情報が、盗まれた・漏れた/).check();
  await page.getByLabel('関係する人数（おおよそ）').fill('1500');
  await page.getByLabel(/誰かが故意にしたおそれがある/).check();
  await page.getByRole('button', { name: '記録を作成する' }).click();

  const reporting = page.getByTestId('reporting-panel');
  await expect(reporting).toContainText('この件は個人情報保護委員会への報告が必要です。');
  await expect(reporting).toContainText('1,000人を超える');
  await expect(reporting.getByTestId('clock-preliminary')).toContainText('目標まであと2日');
  await expect(reporting.getByTestId('clock-final')).toContainText('あと59日');
  await expect(reporting).toContainText('本人への通知も必要です');

  // Timeline, notification, and costs (a negative amount is refused first).
  const timeline = page.getByTestId('section-timeline');
  await timeline.getByLabel('内容').fill('画面に脅迫文が出た。LANケーブルを抜いた');
  await timeline.getByLabel('誰が').fill('佐藤');
  await timeline.getByRole('button', { name: /追加する/ }).click();
  await expect(timeline.getByRole('listitem')).toContainText('画面に脅迫文が出た');

  const notifications = page.getByTestId('section-notifications');
  await notifications.getByLabel('相手').fill('あんしん損害保険');
  await notifications.getByLabel('方法').selectOption({ label: '電話' });
  await notifications.getByRole('button', { name: /追加する/ }).click();
  await expect(notifications.getByRole('listitem')).toContainText('あんしん損害保険');

  const costs = page.getByTestId('section-costs');
  await costs.getByLabel('内容').fill('保守業者の緊急対応');
  await costs.getByLabel('金額（円）').fill('-5');
  await costs.getByRole('button', { name: /追加する/ }).click();
  await expect(costs.getByText('0以上の金額を入力してください。')).toBeVisible();
  await costs.getByLabel('金額（円）').fill('165000');
  await costs.getByLabel('領収書あり').check();
  await costs.getByRole('button', { name: /追加する/ }).click();
  // As a user would: see the first cost listed (and the form cleared) before typing the next.
  await expect(costs.getByTestId('cost-total')).toContainText('165,000円');
  await costs.getByLabel('内容').fill('代替パソコン');
  await costs.getByLabel('金額（円）').fill('98000');
  await costs.getByRole('button', { name: /追加する/ }).click();
  await expect(costs.getByTestId('cost-total')).toContainText('263,000円');

  // The home page shows the open incident and its running clock.
  await page.getByRole('link', { name: 'ホーム' }).click();
  const panel = page.getByTestId('incidents-panel');
  await expect(panel).toContainText('対応中：1件');
  await expect(panel).toContainText('顧客管理パソコンがランサムウェアに感染');
  await expect(panel.getByTestId('clock-preliminary')).toContainText('目標まであと2日');
  await panel.getByRole('link', { name: '顧客管理パソコンがランサムウェアに感染' }).click();

  // Recording the preliminary report stops its clock; the final one runs on.
  await page.getByRole('button', { name: /送った日を記録.*速報/ }).click();
  await expect(reporting.getByTestId('clock-preliminary')).toContainText('送信済み');
  await expect(reporting.getByTestId('clock-final')).toContainText('あと59日');

  // Close the incident: the stage dates are filled in for the owner.
  await page.getByLabel('対応の状況').selectOption({ label: '完了' });
  await page.getByLabel('再発防止策').fill('VPN機器を更新し、バックアップを毎日取る');
  await page.getByRole('button', { name: '保存する' }).click();
  await expect(page.getByTestId('incident-status')).toHaveText('完了');
  await expect(page.getByLabel('完了した日')).not.toHaveValue('');

  await page.getByRole('link', { name: '一覧に戻る' }).click();
  await expect(page.getByText('1件')).toBeVisible();

  const csv = await download(page, 'CSVに書き出す（Excel用）');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  expect(csv).toContain('\r\n');
  expect(csv).toContain('"顧客管理パソコンがランサムウェアに感染"');
  expect(csv).toContain('"ウイルス・ランサムウェア"');
  expect(csv).toContain('"完了"');
  expect(csv).toContain('"263000"');

  const veris = JSON.parse(await download(page, 'VERIS形式で書き出す（匿名）')) as Record<string, unknown>[];
  expect(veris).toHaveLength(1);
  expect(veris[0]).toMatchObject({
    schema_version: '1.4.1',
    action: { malware: { variety: ['Ransomware'] } },
    impact: { iso_currency_code: 'JPY', overall_amount: 263000 },
    plus: { analysis_status: 'Finalized' },
  });
  const text = JSON.stringify(veris);
  for (const secret of ['顧客管理', '佐藤', 'あんしん', 'VPN']) expect(text).not.toContain(secret);
});

test('demo incidents: list and a ransomware case in Japanese and English', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'サンプルの会社で試してみる' }).click();
  await expect(page.getByTestId('incidents-panel')).toContainText('受注管理パソコンがランサムウェアに感染');
  await page.screenshot({ path: '/tmp/incidents-home-ja.png', fullPage: true });
  await page.getByRole('link', { name: 'インシデント', exact: true }).click();
  await expect(page.getByText('3件')).toBeVisible();
  await page.getByRole('searchbox', { name: '検索（件名・説明）' }).fill('スマートフォン');
  await expect(page.getByText('1件')).toBeVisible();
  await page.getByRole('searchbox', { name: '検索（件名・説明）' }).fill('');
  await page.screenshot({ path: '/tmp/incidents-list-ja.png', fullPage: true });
  await page.getByRole('link', { name: /受注管理パソコン/ }).click();
  await expect(page.getByTestId('clock-preliminary')).toBeVisible();
  await page.screenshot({ path: '/tmp/incidents-detail-ja.png', fullPage: true });
  await page.getByTestId('reporting-panel').screenshot({ path: '/tmp/incidents-reporting-ja.png' });
  await page.getByTestId('section-costs').screenshot({ path: '/tmp/incidents-costs-ja.png' });

  await page.getByRole('link', { name: '設定' }).click();
  await page.getByText('English', { exact: true }).click();
  await page.getByRole('link', { name: 'Incidents', exact: true }).click();
  await expect(page.getByText('3 incidents')).toBeVisible();
  await page.screenshot({ path: '/tmp/incidents-list-en.png', fullPage: true });
  await page.getByRole('link', { name: /受注管理パソコン/ }).click();
  await expect(page.getByTestId('reporting-panel')).toContainText('must be reported');
  await page.screenshot({ path: '/tmp/incidents-detail-en.png', fullPage: true });
  await page.getByTestId('reporting-panel').screenshot({ path: '/tmp/incidents-reporting-en.png' });
  await page.getByTestId('section-notifications').screenshot({ path: '/tmp/incidents-notifications-en.png' });
});
