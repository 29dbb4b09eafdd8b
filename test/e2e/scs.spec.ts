import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { localDay } from '../../shared/dates/local-day';
import { questionIds } from '../../shared/self-check/question-ids';
import type { HostProcess } from '../support/host-process';
import { apiCall, expect, test } from './fixtures';
import { tabTo } from './keyboard';

type Ok<T> = { ok: true; value: T };
const shots = process.env.SHOTS_DIR ?? '/tmp/shots-scs';

/** A company whose IPA check, device and cloud registers and training log are already filled in. */
async function filledCompany(host: HostProcess) {
  await apiCall(host, 'workspaces:create', { name: '株式会社やまだ商店' });
  const started = (await apiCall(host, 'selfCheck:start', {})) as Ok<{ id: string }>;
  for (const [position, questionId] of questionIds.entries()) await apiCall(host, 'selfCheck:answer', { assessmentId: started.value.id, questionId, value: 'yes', position });
  await apiCall(host, 'selfCheck:finish', { assessmentId: started.value.id });
  const today = localDay();
  await apiCall(host, 'registers:save', { register: 'devices', entry: { name: '受付PC', updates: 'auto', updateCheckedOn: today, antiMalware: 'yes' } });
  await apiCall(host, 'registers:save', { register: 'devices', entry: { name: '事務PC', updates: 'auto', updateCheckedOn: today, antiMalware: 'yes' } });
  await apiCall(host, 'registers:save', { register: 'cloud', entry: { name: '会計クラウド', mfa: 'no' } });
  await apiCall(host, 'records:add', { kind: 'training', date: today, content: '不審メールの見分け方', attendees: '山田、佐藤' });
}

async function openCriterion(page: Page, id: string) {
  await page.getByRole('link', { name: new RegExp(`^・?\\s*${id} `) }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(id);
}

test('the ★3 workbook: proposals with sources, answers by keyboard, an expert confirmation that goes out of date', async ({ page, host }) => {
  fs.mkdirSync(shots, { recursive: true });
  await page.setViewportSize({ width: 1280, height: 800 });
  await filledCompany(host);
  await page.goto(host.url);
  await page.getByRole('navigation').first().getByRole('link', { name: 'SCS ★3', exact: true }).click();
  await page.getByRole('button', { name: /★3の準備を始める/ }).click();
  await expect(page.getByRole('heading', { name: '次にやること' })).toBeVisible();
  await expect(page.getByText(/台帳や記録からの提案が\d+件あります/)).toBeVisible();
  await page.screenshot({ path: `${shots}/workbook-ja.png` });

  // Patching: proposed from the device register, shown with its source; nothing is saved until confirmed.
  await openCriterion(page, '4-4-4-2');
  const proposal = page.getByRole('region', { name: /提案（機器の台帳から）/ });
  await expect(proposal).toContainText('2台すべてで、45日以内に更新を確かめています');
  await proposal.getByRole('button', { name: 'この提案を答えに入れる' }).click();
  await expect(page.getByRole('radio', { name: '実施 ○' })).toBeChecked();
  await page.getByLabel('どのように実施しているか').fill('自動更新をオン。月に一度確認している。');
  await page.getByText('台帳の行をつなぐ（0件）').click();
  await page.getByRole('checkbox', { name: '受付PC' }).check();
  await expect(page.getByText('台帳の行をつなぐ（1件）')).toBeVisible();
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByRole('status')).toHaveText('4-4-4-2 を保存しました。');
  await page.screenshot({ path: `${shots}/criterion-ja.png`, fullPage: true });

  // MFA from the cloud register: the proposal says which service lacks it. Answer by keyboard: 2 = 一部.
  await page.getByRole('link', { name: /SCS ★3 の準備/ }).first().click();
  await openCriterion(page, '4-1-3-2');
  await expect(page.getByRole('region', { name: /クラウドの台帳/ })).toContainText('会計クラウド');
  await tabTo(page, page.getByRole('radio', { name: '実施 ○' }));
  await page.keyboard.press('2');
  await expect(page.getByRole('radio', { name: '一部 △' })).toBeChecked();
  await page.keyboard.press('4');
  await expect(page.getByRole('radio', { name: '対象外' })).toBeChecked();
  await page.keyboard.press('Enter');
  // 対象外 needs a reason: refused in our own words, nothing saved.
  await expect(page.getByRole('alert').first()).toContainText('なぜ当てはまらないのか');
  await page.getByRole('radio', { name: '一部 △' }).focus();
  await page.keyboard.press('2');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('4-1-3-3');

  // The expert confirms patching; a later change to the answer makes the confirmation outdated.
  await page.getByRole('link', { name: /SCS ★3 の準備/ }).first().click();
  await openCriterion(page, '4-4-4-2');
  await page.getByLabel('専門家の名前').fill('田中 一郎');
  await page.getByLabel('所属').fill('まちのITサポート');
  await page.getByRole('button', { name: '確認を記録' }).click();
  await expect(page.getByText('専門家の確認を記録しました。')).toBeVisible();
  const expert = page.getByRole('region', { name: '専門家の確認' });
  await expect(expert.locator('.badge').first()).toHaveText('有効');
  await page.getByLabel('どのように実施しているか').fill('自動更新をオン。重要な更新は14日以内に当てる。');
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(expert.locator('.badge').first()).toHaveText('その後変更あり・再確認が必要');
  await expect(expert).toContainText('田中 一郎（まちのITサポート）');
  await page.screenshot({ path: `${shots}/expert-outdated-ja.png`, fullPage: true });

  await page.getByRole('link', { name: /SCS ★3 の準備/ }).first().click();
  await expect(page.getByText(/1件の専門家の確認が、その後の変更で古くなっています/)).toBeVisible();
  await expect(page.getByRole('link', { name: /4-4-4-2/ }).first()).toBeVisible();

  // Print the package: a PDF download named for the year.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '★3の提出用一式（PDF）を作る' }).click();
  expect((await download).suggestedFilename()).toMatch(/^SCS星3_\d{4}年度_.*\.pdf$/);
  await expect(page.getByRole('status').filter({ hasText: 'を保存しました' })).toBeVisible();

  await apiCall(host, 'settings:setLanguage', { language: 'en' });
  await page.reload();
  await expect(page.getByRole('heading', { name: 'What to do next' })).toBeVisible();
  await page.screenshot({ path: `${shots}/workbook-en.png` });
  await openCriterion(page, '4-4-4-2');
  await expect(page.getByRole('region', { name: 'Expert’s confirmation' })).toContainText('Changed since');
  await page.screenshot({ path: `${shots}/criterion-en.png`, fullPage: true });
});

test('a linked register row deleted later shows as deleted in the answer, and unticking it saves', async ({ page, host }) => {
  await filledCompany(host);
  await page.goto(host.url);
  await page.getByRole('navigation').first().getByRole('link', { name: 'SCS ★3', exact: true }).click();
  await page.getByRole('button', { name: /★3の準備を始める/ }).click();
  await openCriterion(page, '4-4-4-2');
  await page.getByRole('radio', { name: '実施 ○' }).check();
  await page.getByText('台帳の行をつなぐ（0件）').click();
  await page.getByRole('checkbox', { name: '受付PC' }).check();
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByRole('status')).toHaveText('4-4-4-2 を保存しました。');

  const registers = (await apiCall(host, 'registers:all')) as { value: { devices: { id: string; name: string }[] } };
  const pc = registers.value.devices.find((d) => d.name === '受付PC')!;
  expect(await apiCall(host, 'registers:remove', { register: 'devices', id: pc.id })).toMatchObject({ ok: true });
  await page.reload();
  await page.getByText('台帳の行をつなぐ（1件）').click();
  const deleted = page.getByTestId('scs-deleted-rows');
  await expect(deleted).toContainText('台帳から削除された行');
  await deleted.getByRole('checkbox', { name: '削除された行' }).uncheck();
  await expect(page.getByText('台帳の行をつなぐ（0件）')).toBeVisible();
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByRole('status')).toHaveText('4-4-4-2 を保存しました。');
  await page.reload();
  await expect(page.getByText('台帳の行をつなぐ（0件）')).toBeVisible();
});
