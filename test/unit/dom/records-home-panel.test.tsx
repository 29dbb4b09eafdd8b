import { act, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RecordsHomePanel } from '../../../renderer/src/features/records/RecordsHomePanel';
import { createInProcessApi } from '../../support/in-process-api';
import { renderWithApi } from './render';

describe('home: 今月やること', () => {
  beforeEach(() => {
    // Only the window's clock moves: 10 June 2026, 09:00 local. Timers stay real for the queries.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-06-10T09:00:00'));
  });
  afterEach(() => vi.useRealTimers());

  it('lists what is overdue and what falls due by the end of the month, with the page to act on, and follows a new record', async () => {
    const backend = createInProcessApi();
    await backend.api.workspaces.create({ name: '株式会社テスト' });
    await backend.api.records.add({ kind: 'training', date: '2025-06-01', content: '不審メール' });
    await backend.api.records.add({ kind: 'restoreTest', date: '2026-05-01', restored: '顧客台帳', result: 'ok' });
    await backend.api.actions.create({ title: '月末までにやる対策', dueDate: '2026-06-30' });
    await backend.api.actions.create({ title: '来月の対策', dueDate: '2026-07-01' });
    renderWithApi(<RecordsHomePanel />, backend);

    const panel = await screen.findByTestId('home-this-month');
    expect(within(panel).getByText('期限を過ぎたものが1件あります。')).toBeTruthy();
    expect(within(panel).getByText('今月中が期限のものが3件あります。')).toBeTruthy();
    const rows = within(panel).getAllByTestId('obligation');
    expect(rows.map((r) => [r.dataset.status, r.querySelector('.obligation-title')?.textContent])).toEqual([
      ['overdue', 'セキュリティ研修（年1回）'],
      ['thisMonth', '事故対応の訓練（年1回）'],
      ['thisMonth', 'セルフチェック（年1回）'],
      ['thisMonth', '対策: 月末までにやる対策'],
    ]);
    expect(rows[0]!.textContent).toContain('2026年6月1日まで');
    expect(within(panel).getByRole('link', { name: '開く: セキュリティ研修（年1回）' }).getAttribute('href')).toMatch(/\/records\/training$/);
    expect(within(panel).getByRole('link', { name: '開く: 対策: 月末までにやる対策' }).getAttribute('href')).toMatch(/\/self-check\/actions$/);
    expect(panel.textContent).not.toContain('来月の対策');
    expect(panel.textContent).not.toContain('復元テスト');

    // Training recorded (from another part of the app): the panel follows without a reload.
    await act(async () => {
      await backend.api.records.add({ kind: 'training', date: '2026-06-09', content: '今年の研修' });
    });
    await vi.waitFor(() => expect(within(panel).queryByText('期限を過ぎたものが1件あります。')).toBeNull());
    expect(panel.textContent).not.toContain('セキュリティ研修');
  });

  it('lists at most eight and says how many more the calendar has', async () => {
    const backend = createInProcessApi();
    await backend.api.workspaces.create({ name: '株式会社テスト' });
    // Never-done routines (self-check, training, restore test, drill: due today) and eight actions due this month.
    for (let day = 11; day <= 18; day += 1) await backend.api.actions.create({ title: `対策${day}`, dueDate: `2026-06-${day}` });
    renderWithApi(<RecordsHomePanel />, backend);
    const panel = await screen.findByTestId('home-this-month');
    expect(within(panel).getByText('今月中が期限のものが12件あります。')).toBeTruthy();
    expect(within(panel).getAllByTestId('obligation')).toHaveLength(8);
    expect(within(panel).getByTestId('home-this-month-more').textContent).toBe('ほか4件は予定表にあります。');
  });

  it('says when nothing is due this month, and names the next thing', async () => {
    const backend = createInProcessApi();
    await backend.api.workspaces.create({ name: '株式会社テスト' });
    // Every routine done recently: a finished self-check and this spring's training, restore test and drill.
    const check = await backend.api.selfCheck.start({});
    for (const [i, q] of ['q01', 'q02', 'q03', 'q04', 'q05', 'q06', 'q07', 'q08', 'q09', 'q10', 'q11', 'q12', 'q13', 'q14', 'q15', 'q16', 'q17', 'q18', 'q19', 'q20', 'q21', 'q22', 'q23', 'q24', 'q25'].entries()) {
      await backend.api.selfCheck.answer({ assessmentId: check.id, questionId: q as 'q01', value: 'yes', position: i + 1 });
    }
    await backend.api.selfCheck.finish({ assessmentId: check.id });
    for (const record of [
      { kind: 'training', date: '2026-05-20', content: '研修' },
      { kind: 'restoreTest', date: '2026-05-20', restored: '台帳', result: 'ok' },
      { kind: 'drill', date: '2026-05-20', scenario: '感染' },
    ] as const) await backend.api.records.add(record);
    renderWithApi(<RecordsHomePanel />, backend);
    const panel = await screen.findByTestId('home-this-month');
    expect(within(panel).queryAllByTestId('obligation')).toHaveLength(0);
    expect(panel.textContent).toMatch(/今月が期限のものはありません。次は\d{4}年\d{1,2}月\d{1,2}日の「.+」です。/);
  });
});
