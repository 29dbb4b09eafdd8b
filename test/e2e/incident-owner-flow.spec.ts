import type { Page } from '@playwright/test';
import { apiCall, expect, test } from './fixtures';

/** Issue 18: the incident helper decides from what happened, and nothing typed is lost. */

async function startCompany(page: Page, url: string) {
  await page.goto(url);
  await page.getByLabel('会社名・屋号').fill('株式会社やまだ商店');
  await page.getByRole('button', { name: 'はじめる' }).click();
  await page.getByRole('link', { name: 'インシデント', exact: true }).click();
  await page.getByRole('link', { name: '新しく記録する' }).click();
}

test('ransomware on a server with 500 customers, default ticks: mandatory, 60-day final report, urgent 速報', async ({ page, host }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await startCompany(page, host.url);
  await page.getByLabel('何が起きたか（件名）').fill('ファイルサーバーがランサムウェアに感染');
  await page.getByLabel('種類').selectOption({ label: 'ウイルス・ランサムウェア' });
  await page.getByLabel(/個人情報が、盗まれた・漏れた/).check();
  await page.getByLabel('関係する人数（おおよそ）').fill('500');
  // The attack ticks "possibly malicious" by itself; the owner touches nothing else.
  await expect(page.getByLabel(/誰かが故意にしたおそれがある/)).toBeChecked();
  await page.getByRole('group', { name: '個人情報について' }).screenshot({ path: 'test-results/screens/personal-data-ransomware-ja.png' });
  await page.getByRole('button', { name: '記録を作成する' }).click();

  const reporting = page.getByTestId('reporting-panel');
  await expect(reporting).toContainText('この件は個人情報保護委員会への報告が必要です。');
  await expect(reporting.getByTestId('reporting-triggers')).toContainText('不正の目的によるおそれがある');
  await expect(reporting.getByTestId('clock-final')).toContainText('あと60日');
  await expect(reporting).toContainText('気づいてから60日以内');
  const preliminary = reporting.getByTestId('clock-preliminary');
  await expect(preliminary).toContainText('目標まであと3日');
  await expect(preliminary).toContainText('遅くとも');
  await expect(preliminary).toHaveClass(/clock-urgent/);
  // The page opens at its top with the clocks in view, not scrolled down to the form.
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  await expect(preliminary).toBeInViewport();
  await reporting.screenshot({ path: 'test-results/screens/reporting-ransomware-ja.png' });

  // Unticking needs a reason; with it the 30-day rule applies and the reason is shown.
  await page.getByLabel(/誰かが故意にしたおそれがある/).uncheck();
  await page.getByRole('button', { name: '保存する' }).click();
  await expect(page.locator('#incident-notMaliciousReason-error')).toContainText('理由を書いてください。');
  await page.getByLabel('故意ではないと判断した理由').fill('業者の調査で、社内の試験用データだけと確認');
  await page.getByRole('button', { name: '保存する' }).click();
  await expect(reporting).toContainText('業者の調査で、社内の試験用データだけと確認');
  await expect(reporting).toContainText('今の回答では、個人情報保護委員会への報告の義務はありません。');
  await page.getByLabel(/誰かが故意にしたおそれがある/).check();
  await page.getByRole('button', { name: '保存する' }).click();
  await expect(reporting.getByTestId('clock-final')).toContainText('あと60日');

  await page.getByRole('link', { name: '設定' }).click();
  await page.getByText('English', { exact: true }).click();
  await page.getByRole('link', { name: 'Incidents', exact: true }).click();
  await page.getByRole('link', { name: /ファイルサーバー/ }).click();
  await expect(reporting.getByTestId('reporting-triggers')).toContainText('improper purpose');
  await expect(reporting.getByTestId('clock-final')).toContainText('60 days left');
  await reporting.screenshot({ path: 'test-results/screens/reporting-ransomware-en.png' });
});

test('a draft survives going to ホーム and back; leaving asks first; discarding asks too', async ({ page, host }) => {
  await startCompany(page, host.url);
  await page.getByLabel('何が起きたか（件名）').fill('見知らぬ人からの請求メール');
  await page.getByLabel('起きたことの説明').fill('経理担当が添付を開いた');

  // "Stay" keeps the page and what was typed.
  page.once('dialog', (dialog) => void dialog.dismiss());
  await page.getByRole('link', { name: 'ホーム' }).click();
  await expect(page.getByLabel('何が起きたか（件名）')).toHaveValue('見知らぬ人からの請求メール');

  page.once('dialog', (dialog) => {
    expect(dialog.message()).toContain('まだ保存されていません');
    void dialog.accept();
  });
  await page.getByRole('link', { name: 'ホーム' }).click();
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('インシデントを記録する');

  await page.getByRole('link', { name: 'インシデント', exact: true }).click();
  await page.getByRole('link', { name: '新しく記録する' }).click();
  await expect(page.getByTestId('draft-restored')).toBeVisible();
  await expect(page.getByLabel('何が起きたか（件名）')).toHaveValue('見知らぬ人からの請求メール');
  await expect(page.getByLabel('起きたことの説明')).toHaveValue('経理担当が添付を開いた');

  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: '入力をやめる' }).click();
  await expect(page.getByLabel('何が起きたか（件名）')).toHaveValue('');
  await page.reload();
  await expect(page.getByLabel('何が起きたか（件名）')).toHaveValue('');
  await expect(page.getByTestId('draft-restored')).toHaveCount(0);
});

test('an edited 原因 and a half-typed timeline entry on the detail page are kept across a reload', async ({ page, host }) => {
  await startCompany(page, host.url);
  await page.getByLabel('何が起きたか（件名）').fill('ホームページの改ざん');
  await page.getByRole('button', { name: '記録を作成する' }).click();
  await expect(page.getByTestId('reporting-panel')).toBeVisible();
  await page.getByRole('textbox', { name: '原因' }).fill('CMSのプラグインが古かった');
  const timeline = page.getByTestId('section-timeline');
  await timeline.getByLabel('内容').fill('トップページに見知らぬ画像');
  await page.reload();
  await expect(timeline.getByLabel('内容')).toHaveValue('トップページに見知らぬ画像');
  await expect(page.getByTestId('draft-restored')).toBeVisible();
  await expect(page.getByRole('textbox', { name: '原因' })).toHaveValue('CMSのプラグインが古かった');
  await page.getByRole('button', { name: '保存する' }).click();
  // Saved: the form starts afresh from the stored record, and the draft is gone.
  await expect(page.getByTestId('draft-restored')).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('textbox', { name: '原因' })).toHaveValue('CMSのプラグインが古かった');
  await expect(page.getByTestId('draft-restored')).toHaveCount(0);
});

test('first-steps ticks are saved with their time, survive a reload and appear in the timeline', async ({ page, host }) => {
  await startCompany(page, host.url);
  // One tick before the record exists: saved with it.
  await page.getByTestId('first-step-disconnect').check();
  await page.getByLabel('何が起きたか（件名）').fill('パソコンがウイルスに感染');
  await page.getByRole('button', { name: '記録を作成する' }).click();
  await expect(page.getByTestId('reporting-panel')).toBeVisible();
  await expect(page.getByTestId('first-step-disconnect')).toBeChecked();
  // And one on the stored incident.
  await page.getByTestId('first-step-tellOwner').check();
  await expect(page.getByTestId('first-steps')).toContainText('済み');
  const timeline = page.getByTestId('section-timeline');
  await expect(timeline).toContainText('ネットワークから切り離して');
  await expect(timeline).toContainText('担当者と社長にすぐ知らせる');

  await page.reload();
  await expect(page.getByTestId('first-step-disconnect')).toBeChecked();
  await expect(page.getByTestId('first-step-tellOwner')).toBeChecked();
  await expect(page.getByTestId('first-step-assignRoles')).not.toBeChecked();

  // Unticking takes its timeline entry back.
  await page.getByTestId('first-step-tellOwner').uncheck();
  await expect(timeline).not.toContainText('担当者と社長にすぐ知らせる');
  await page.reload();
  await expect(page.getByTestId('first-step-tellOwner')).not.toBeChecked();
  await expect(page.getByTestId('first-step-disconnect')).toBeChecked();
});

test('the information register proposes the people affected; both triggers are listed', async ({ page, host }) => {
  await apiCall(host, 'workspaces:createDemo');
  await page.goto(`${host.url.split('#')[0]}#/incidents/new`);
  await page.getByLabel('何が起きたか（件名）').fill('ネットショップのサーバーがランサムウェアに感染');
  await page.getByLabel('種類').selectOption({ label: 'ウイルス・ランサムウェア' });
  await page.getByLabel(/個人情報が、盗まれた・漏れた/).check();
  const proposal = page.getByTestId('personal-from-register');
  await expect(proposal).toContainText('顧客名簿（ネットショップ・店舗）');
  await expect(proposal).toContainText('約1,800人');
  // Nothing is filled in until the owner ticks and asks.
  await expect(page.getByLabel('関係する人数（おおよそ）')).toHaveValue('');
  await proposal.getByLabel(/顧客名簿/).check();
  await proposal.getByRole('button', { name: '選んだ情報の人数と項目を入れる' }).click();
  await expect(page.getByLabel('関係する人数（おおよそ）')).toHaveValue('1800');
  await expect(page.getByLabel(/関係する情報の項目/)).toHaveValue('氏名・住所・電話番号・購入履歴');
  await page.getByRole('button', { name: '記録を作成する' }).click();
  const triggers = page.getByTestId('reporting-panel').getByTestId('reporting-triggers');
  await expect(triggers).toContainText('不正の目的によるおそれがある');
  await expect(triggers).toContainText('1,000人を超える');
});
