import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { IncidentsPage } from '../../../renderer/src/features/incidents/IncidentsPage';
import { addDays } from '../../../shared/incidents/dates';
import { createInProcessApi } from '../../support/in-process-api';
import { renderWithApi } from './render';
import { localDay } from '../../../shared/dates/local-day';

async function renderAt(path: string | ((api: ReturnType<typeof createInProcessApi>['api']) => Promise<string>)) {
  const backend = createInProcessApi();
  await backend.api.profile.save({ name: '株式会社テスト' });
  if (typeof path !== 'string') path = await path(backend.api);
  const location = memoryLocation({ path, record: true });
  renderWithApi(
    <Router hook={location.hook}>
      <IncidentsPage />
    </Router>,
    backend,
  );
  return { backend, location };
}

const today = localDay();

describe('incident form', () => {
  it('needs a title, and refuses a containment date before discovery; nothing is saved', async () => {
    const { backend } = await renderAt('/new');
    await userEvent.click(await screen.findByRole('button', { name: '記録を作成する' }));
    expect(await screen.findByText('入力してください。')).toBeTruthy();
    await userEvent.type(screen.getByRole('textbox', { name: /何が起きたか/ }), '不審なメール');
    fireEvent.change(screen.getByLabelText(/気づいた日/), { target: { value: addDays(today, -3) } });
    fireEvent.change(screen.getByLabelText('被害拡大を止めた日'), { target: { value: addDays(today, -5) } });
    await userEvent.click(screen.getByRole('button', { name: '記録を作成する' }));
    expect(await screen.findByText('気づいた日より前の日付になっています。')).toBeTruthy();
    expect(await backend.api.incidents.list({})).toHaveLength(0);
  });

  it('saves a leak of sensitive data and opens it with the reporting clocks running', async () => {
    const { backend, location } = await renderAt('/new');
    await userEvent.type(await screen.findByRole('textbox', { name: /何が起きたか/ }), '診療記録の誤送信');
    fireEvent.change(screen.getByLabelText(/気づいた日/), { target: { value: addDays(today, -1) } });
    await userEvent.click(screen.getByLabelText(/個人情報が、盗まれた・漏れた/));
    await userEvent.type(screen.getByLabelText(/関係する人数/), '1');
    await userEvent.click(screen.getByLabelText(/要配慮個人情報/));
    await userEvent.click(screen.getByRole('button', { name: '記録を作成する' }));
    await waitFor(() => expect(location.history!.at(-1)).toMatch(/^\/[0-9a-f-]{36}$/));
    const panel = await screen.findByTestId('reporting-panel');
    expect(within(panel).getByText('この件は個人情報保護委員会への報告が必要です。')).toBeTruthy();
    expect(within(panel).getByTestId('clock-preliminary').textContent).toContain('目標まであと2日');
    expect(within(panel).getByTestId('clock-final').textContent).toContain('あと29日');
    const [row] = await backend.api.incidents.list({});
    expect(row).toMatchObject({ reportingStatus: 'preliminaryDue' });
  });

  it('refuses a cost that is not a whole number of yen', async () => {
    await renderAt(async (api) => `/${(await api.incidents.create({ title: '偽の請求書', discoveredAt: addDays(today, -1) })).id}`);
    const costs = await screen.findByTestId('section-costs');
    await userEvent.type(within(costs).getByLabelText('内容'), '調査費');
    await userEvent.type(within(costs).getByLabelText(/金額/), '1200.5');
    await userEvent.click(within(costs).getByRole('button', { name: /追加する/ }));
    expect(await within(costs).findByText('整数で入力してください。')).toBeTruthy();
  });
});
