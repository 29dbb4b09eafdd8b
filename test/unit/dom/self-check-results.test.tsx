import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ActionForm } from '../../../renderer/src/features/actions/ActionForm';
import { ActionsPage } from '../../../renderer/src/features/actions/ActionsPage';
import { ResultsPage } from '../../../renderer/src/features/self-check/results/ResultsPage';
import { localDay } from '../../../shared/dates/local-day';
import { formatDate } from '../../../renderer/src/i18n/format';
import { createInProcessApi } from '../../support/in-process-api';
import { renderWithApi } from './render';

async function demoBackend() {
  const backend = createInProcessApi();
  await backend.api.workspaces.createDemo();
  return backend;
}

describe('self-check results and action plan', () => {
  it('shows the demo company\'s latest total, band, part scores and a fixed-size radar', async () => {
    const backend = await demoBackend();
    const latest = (await backend.api.selfCheck.list()).at(-1)!;
    const { container } = renderWithApi(<ResultsPage id={latest.id} />, backend);
    expect((await screen.findByTestId('score-total')).textContent).toBe('64');
    expect(screen.getByTestId('score-band').textContent).toBe('対策に不足あり');
    expect(screen.getByText('6 / 28点（21%）')).toBeTruthy();
    expect(container.querySelector('[data-testid="radar-chart"] svg')).not.toBeNull();
    // The demo's わからない answer carries its note into the questions for the supporter.
    const unknown = screen.getByRole('region', { name: /支援機関に聞きたいこと/ });
    expect(within(unknown).getByText(/私物スマホでメールを見ている/)).toBeTruthy();
  });

  it('shows the weak point the demo ransomware incident proved, with the incident, its day and a way to it', async () => {
    const backend = await demoBackend();
    const latest = (await backend.api.selfCheck.list()).at(-1)!;
    renderWithApi(<ResultsPage id={latest.id} />, backend);
    const item = await screen.findByTestId('next-q02');
    // Answered 実施している (the same words in print), listed anyway: the reason says which incident showed otherwise, and when.
    expect(within(item).getByText('あなたの答え：実施している')).toBeTruthy();
    const proven = within(item).getByTestId('proven-q02');
    expect(proven.textContent).toContain(`${formatDate(localDay(), 'ja')}、この事故で弱いところと分かりました`);
    const link = within(proven).getByRole('link', { name: '事故の記録を開く：受注管理パソコンがランサムウェアに感染' });
    expect(link.getAttribute('href')).toContain('/incidents/demo-incident-ransomware');
  });

  it('refuses an action without a title, in Japanese, and saves nothing', async () => {
    const { backend } = renderWithApi(<ActionForm idPrefix="t" initial={{ title: '', source: { kind: 'manual' } }} onDone={() => undefined} />);
    await backend.api.profile.save({ name: 'テスト商店' });
    await userEvent.click(screen.getByRole('button', { name: '保存する' }));
    expect(await screen.findByText('入力してください。')).toBeTruthy();
    expect(await backend.api.actions.list()).toEqual([]);
  });

  it('lists the overdue action first and marks it 期限切れ; finished ones only on request', async () => {
    const backend = await demoBackend();
    renderWithApi(<ActionsPage />, backend);
    const items = await screen.findAllByTestId('action-item');
    // The demo's open actions (from its self-check, a visit and its ★3 gaps); one is done.
    const open = (await backend.api.actions.list()).filter((a) => a.status !== 'done').length;
    expect(items).toHaveLength(open);
    // Every overdue one (期限切れ) comes before every other.
    const overdue = items.map((item) => within(item).queryByText('期限切れ') !== null);
    expect(overdue[0]).toBe(true);
    expect(overdue).toContain(false);
    expect(overdue.slice(overdue.indexOf(false))).not.toContain(true);
    await userEvent.click(screen.getByLabelText('完了したものも表示する'));
    await waitFor(() => expect(screen.getAllByTestId('action-item')).toHaveLength(open + 1));
  });
});
