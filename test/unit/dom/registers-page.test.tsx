import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { describe, expect, it } from 'vitest';
import { RegistersPage } from '../../../renderer/src/features/registers/RegistersPage';
import { localDay } from '../../../shared/dates/local-day';
import { createInProcessApi } from '../../support/in-process-api';
import { renderWithApi } from './render';

function renderPage(backend: ReturnType<typeof createInProcessApi>, path = '/devices') {
  return renderWithApi(
    <Router hook={memoryLocation({ path }).hook}>
      <RegistersPage />
    </Router>,
    backend,
  );
}

const tomorrow = () => {
  const d = new Date();
  d.setDate(d.getDate() + 1);
  return localDay(d);
};

describe('RegistersPage', () => {
  it('adds a device: a check date in the future is refused on the form and nothing is saved; fixed, the row shows in the table', async () => {
    const backend = createInProcessApi();
    await backend.api.workspaces.create({ name: 'やまだ商店' });
    renderPage(backend);
    expect(await screen.findByText(/まだ登録がありません/)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: '追加する' }));
    await userEvent.type(screen.getByLabelText(/^呼び名/), '受付PC');
    await userEvent.selectOptions(screen.getByLabelText('種類'), 'pc');
    await userEvent.type(screen.getByLabelText('OS'), 'Windows 11');
    fireEvent.change(screen.getByLabelText('更新を確認した日'), { target: { value: tomorrow() } });
    await userEvent.click(screen.getByRole('button', { name: '保存する' }));
    expect(await screen.findByText('未来の日付は入れられません。今日までの日付にしてください。')).toBeTruthy();
    expect((await backend.api.registers.all()).devices).toHaveLength(0);

    fireEvent.change(screen.getByLabelText('更新を確認した日'), { target: { value: localDay() } });
    await userEvent.click(screen.getByRole('button', { name: '保存する' }));
    expect(await screen.findByText('「受付PC」を保存しました。')).toBeTruthy();
    const row = within(await screen.findByTestId('register-row'));
    expect(row.getByText('受付PC')).toBeTruthy();
    expect(row.getByText('Windows 11')).toBeTruthy();
    expect(row.getByRole('link', { name: '証跡 (0)' }).getAttribute('href')).toContain('/evidence/for/registerEntry/');
    expect((await backend.api.registers.all()).devices).toEqual([expect.objectContaining({ name: '受付PC', os: 'Windows 11', updateCheckedOn: localDay() })]);
  });

  it('filters the demo devices as you type and marks the ones not checked recently', async () => {
    const backend = createInProcessApi();
    await backend.api.workspaces.createDemo();
    renderPage(backend);
    expect(await screen.findByText('12件 / 全12件')).toBeTruthy();
    expect(screen.getAllByText('最近確認していません', { exact: false }).length).toBeGreaterThanOrEqual(3);
    await userEvent.type(screen.getByLabelText('絞り込み（名前・メモなど）'), 'スマホ');
    await waitFor(() => expect(screen.getByText('2件 / 全12件')).toBeTruthy());
    expect(screen.getAllByTestId('register-row').map((r) => r.textContent)).toEqual([expect.stringContaining('社長のスマホ'), expect.stringContaining('営業用スマホ')]);
    await userEvent.click(screen.getByRole('link', { name: /^クラウド・外部サービス/ }));
    expect(await screen.findByText('4件 / 全4件')).toBeTruthy();
  });
});
