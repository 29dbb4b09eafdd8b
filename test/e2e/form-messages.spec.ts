import type { Locator, Page } from '@playwright/test';
import { resources } from '../../shared/i18n/resources';
import { localDay } from '../../shared/dates/local-day';
import { apiCall, expect, test } from './fixtures';

/** Every sentence our i18n resources can say (both languages), templates as patterns. */
function ourSentences(): RegExp[] {
  const out: RegExp[] = [];
  const walk = (node: unknown) => {
    if (typeof node === 'string') {
      const pattern = node.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\\{\\\{\w+\\\}\\\}/g, '.+?');
      out.push(new RegExp(`^${pattern}$`));
    } else if (node && typeof node === 'object') Object.values(node).forEach(walk);
  };
  walk(resources);
  return out;
}
const ours = ourSentences();
/** zod's wording in either locale; in a Japanese sentence even a bare "number" is zod's. */
const libraryWording = /expected|too small|too big|invalid input|received|\bstring\b|NaN|>=|<=|無効な入力|小さすぎる値|大きすぎる値/i;
const libraryInJapanese = /number|string|[A-Za-z]{4,}/;
const tooLong = 'あ'.repeat(5234);

/** The field messages on screen now: at least one, each one of ours, none in library words. */
async function expectOurMessages(page: Page, where: string, scope: Locator = page.locator('main')): Promise<string[]> {
  const errors = scope.locator('.field-error');
  await expect(errors.first(), where).toBeVisible();
  const texts = (await errors.allInnerTexts()).map((t) => t.trim());
  for (const text of texts) {
    expect(text, `${where}: ${text}`).not.toMatch(libraryWording);
    if (/[ぁ-んァ-ン一-龯]/.test(text)) expect(text.replace(/info@example\.co\.jp/, ''), `${where}: ${text}`).not.toMatch(libraryInJapanese);
    expect(ours.some((pattern) => pattern.test(text)), `${where}: "${text}" is not one of our i18n sentences`).toBe(true);
  }
  return texts;
}

test('every form answers bad values in our own words, naming the limit or the fix', async ({ page, host }) => {
  await apiCall(host, 'workspaces:create', { name: '株式会社やまだ商店' });
  const incident = (await apiCall(host, 'incidents:create', { title: '不審なメール', discoveredAt: localDay() })) as { value: { id: string } };
  await page.goto(host.url);
  const menu = page.getByRole('navigation').first();

  // Company profile (settings): a negative, then a fractional number of employees; no name.
  await menu.getByRole('link', { name: '設定', exact: true }).click();
  const profile = page.locator('section[aria-labelledby="settings-profile"]');
  await profile.getByLabel('従業員数').fill('-1');
  await profile.getByRole('button', { name: '保存する' }).click();
  expect(await expectOurMessages(page, 'profile negative', profile)).toContain('従業員数は0以上の数で入力してください。');
  await profile.getByLabel('従業員数').fill('1.5');
  await profile.getByLabel('会社名・屋号').fill('');
  await profile.getByRole('button', { name: '保存する' }).click();
  const profileTexts = await expectOurMessages(page, 'profile fraction', profile);
  expect(profileTexts).toContain('従業員数は整数で入力してください（小数点なし）。');
  expect(profileTexts).toContain('入力してください。');

  // Backup retention (settings): a fraction.
  await page.getByLabel('保管する日数').fill('1.5');
  await page.getByRole('button', { name: '保管の設定を保存' }).click();
  await expectOurMessages(page, 'retention', page.locator('form.ws-retention'));

  // Contact: no name, notes far too long, a broken email.
  await menu.getByRole('link', { name: '連絡先', exact: true }).click();
  await page.getByRole('link', { name: '連絡先を追加する' }).click();
  await page.getByLabel('メモ').fill(tooLong);
  await page.getByLabel('メールアドレス').fill('yamada@');
  await page.getByRole('button', { name: '保存する' }).click();
  const contactTexts = await expectOurMessages(page, 'contact');
  expect(contactTexts).toContain('5,000文字以内で入力してください（いま5,234文字）。');

  // Action plan: no title, a note too long.
  await menu.getByRole('link', { name: 'セルフチェック', exact: true }).click();
  await page.goto(`${host.url.split('#')[0]}#/self-check/actions`);
  await page.getByRole('button', { name: '対策を追加' }).click();
  await page.getByLabel('メモ').fill(tooLong);
  await page.getByRole('button', { name: '保存する' }).click();
  expect(await expectOurMessages(page, 'action')).toContain('5,000文字以内で入力してください（いま5,234文字）。');

  // New incident: no title, a description too long, 1.5 people.
  await page.goto(`${host.url.split('#')[0]}#/incidents/new`);
  await page.getByLabel('起きたことの説明').fill(tooLong);
  await page.getByLabel(/個人情報が、盗まれた・漏れた/).check();
  // A day February does not have, typed the Japanese way.
  await page.getByLabel('気づいた日').fill('2026年2月31日');
  await page.getByLabel(/関係する人数/).fill('1.5');
  await page.getByRole('button', { name: '記録を作成する' }).click();
  const incidentTexts = await expectOurMessages(page, 'new incident');
  expect(incidentTexts).toContain('人数は整数で入力してください（小数点なし）。');
  expect(incidentTexts).toContain('5,000文字以内で入力してください（いま5,234文字）。');
  expect(incidentTexts).toContain('日付を正しく入力してください（例：2026年12月2日、2026/12/2）。');

  // Incident detail: the cause too long; a cost below zero, then a fraction of a yen.
  await page.goto(`${host.url.split('#')[0]}#/incidents/${incident.value.id}`);
  await page.getByLabel('原因', { exact: true }).fill(tooLong);
  await page.getByRole('button', { name: '保存する', exact: true }).first().click();
  await expectOurMessages(page, 'incident detail');
  const costs = page.getByTestId('section-costs');
  await costs.getByLabel('内容').fill('調査費');
  await costs.getByLabel(/金額/).fill('-100');
  await costs.getByRole('button', { name: /追加する/ }).click();
  expect(await expectOurMessages(page, 'cost negative', costs)).toContain('0以上の金額を入力してください。');
  await costs.getByLabel(/金額/).fill('1200.5');
  await costs.getByRole('button', { name: /追加する/ }).click();
  await expectOurMessages(page, 'cost fraction', costs);
  const timeline = page.getByTestId('section-timeline');
  await timeline.getByRole('button', { name: /追加する/ }).click();
  await expectOurMessages(page, 'timeline empty', timeline);
});

test('in English too, the messages are ours', async ({ page, host }) => {
  await apiCall(host, 'workspaces:create', { name: 'Yamada Shoten' });
  await apiCall(host, 'settings:setLanguage', { language: 'en' });
  await page.goto(`${host.url.split('#')[0]}#/settings`);
  const profile = page.locator('section[aria-labelledby="settings-profile"]');
  await profile.getByLabel('Number of staff').fill('1.5');
  await profile.getByRole('button', { name: 'Save' }).click();
  expect(await expectOurMessages(page, 'profile en', profile)).toContain('Number of staff: please enter a whole number (no decimals).');
  await page.goto(`${host.url.split('#')[0]}#/contacts/new`);
  await page.getByLabel('Notes').fill('a'.repeat(5234));
  await page.getByRole('button', { name: 'Save' }).click();
  expect(await expectOurMessages(page, 'contact en')).toContain('Please use at most 5,000 characters (now 5,234).');
});

test('the register and record forms answer bad values in our own words too', async ({ page, host }) => {
  await apiCall(host, 'workspaces:create', { name: '株式会社やまだ商店' });
  const base = host.url.split('#')[0];
  // A device with no name, a check date that has not come yet and a date February does not have.
  await page.goto(`${base}#/registers/devices`);
  await page.getByRole('button', { name: '追加する' }).click();
  await page.getByLabel('更新を確認した日').fill('2999年1月1日');
  await page.getByRole('button', { name: '保存する' }).click();
  const deviceTexts = await expectOurMessages(page, 'device');
  expect(deviceTexts).toContain('入力してください。');
  await page.getByLabel('更新を確認した日').fill('2026年2月31日');
  await page.getByRole('button', { name: '保存する' }).click();
  expect(await expectOurMessages(page, 'device bad date')).toContain('日付を正しく入力してください（例：2026年12月2日、2026/12/2）。');

  // A training on a day not yet come, with far too long a description.
  await page.goto(`${base}#/records`);
  const training = page.getByTestId('records-training');
  await training.getByText('記録する…').click();
  await training.getByLabel('実施した日').fill('2999-01-01');
  await training.getByRole('button', { name: '記録する', exact: true }).click();
  await expectOurMessages(page, 'training', training);
});
