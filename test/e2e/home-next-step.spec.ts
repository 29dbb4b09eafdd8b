import type { Page } from '@playwright/test';
import { questionIds } from '../../shared/self-check/question-ids';
import { localDay } from '../../shared/dates/local-day';
import { apiCall, expect, test } from './fixtures';
import type { HostProcess } from '../support/host-process';

type Ok<T> = { ok: true; value: T };

/** A finished self-check with every answer the same ('no' everywhere = 0 points, 至急の改善が必要). */
async function finishCheck(host: HostProcess, value: 'yes' | 'no'): Promise<string> {
  const started = (await apiCall(host, 'selfCheck:start', {})) as Ok<{ id: string }>;
  const assessmentId = started.value.id;
  for (const [position, questionId] of questionIds.entries()) {
    await apiCall(host, 'selfCheck:answer', { assessmentId, questionId, value, position });
  }
  await apiCall(host, 'selfCheck:finish', { assessmentId });
  return assessmentId;
}

/** Home's next step: which one, its one primary button, and no all-clear the data does not back. */
async function expectStep(page: Page, host: HostProcess, kind: string, button: string) {
  await page.goto(host.url);
  const step = page.getByTestId('next-step');
  await expect(step).toHaveAttribute('data-step', kind);
  await expect(page.locator('main .button-primary')).toHaveCount(1);
  await expect(step.locator('.button-primary')).toHaveText(button);
  await expect(page.getByText('連絡先はすべて、この1年以内に確認済みです。')).toHaveCount(0);
  return step;
}

test('home names the one next step in each state, and leads there', async ({ page, host }) => {
  await apiCall(host, 'workspaces:create', { name: '株式会社やまだ商店' });

  // 1. Nothing done yet: the self-check.
  await expectStep(page, host, 'selfCheck', '25の質問に答える');
  // Only public desks are listed: the contacts panel says so instead of an all-clear.
  await expect(page.getByTestId('contacts-panel')).toContainText('自社の連絡先（いつもの業者・保険会社など）がまだありません。');

  // 2. A weak result and no plan: make one, on that result; never 「未完了の対策はありません。」.
  const assessmentId = await finishCheck(host, 'no');
  const plan = await expectStep(page, host, 'plan', '結果を見て計画を立てる');
  await expect(plan).toContainText('至急の改善が必要');
  await expect(page.getByTestId('home-actions')).toContainText('まだ対策の計画はありません。');
  await expect(page.getByText('未完了の対策はありません。')).toHaveCount(0);
  await plan.getByRole('link', { name: '結果を見て計画を立てる' }).click();
  await expect(page).toHaveURL(new RegExp(`/self-check/results/${assessmentId}$`));

  // 3. With a plan, only public desks on the card: add a contact of one's own.
  await apiCall(host, 'actions:create', { title: 'パスワードを見直す' });
  const contacts = await expectStep(page, host, 'addContacts', '連絡先を追加する');
  await contacts.getByRole('link', { name: '連絡先を追加する' }).click();
  await expect(page).toHaveURL(/\/contacts\/new$/);

  // 4. A reporting clock is running: the report comes before everything else.
  const created = (await apiCall(host, 'incidents:create', {
    title: '顧客名簿の誤送信',
    discoveredAt: localDay(),
    personalData: { involved: true, people: 1, sensitive: true },
  })) as Ok<{ id: string }>;
  const report = await expectStep(page, host, 'report', '報告の準備をする');
  await expect(report).toContainText('顧客名簿の誤送信');
  await report.getByRole('link', { name: '報告の準備をする' }).click();
  await expect(page).toHaveURL(new RegExp(`/incidents/${created.value.id}$`));
});
