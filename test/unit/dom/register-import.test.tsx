import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SheetTransfer } from '../../../renderer/src/features/registers/SheetTransfer';
import { createInProcessApi } from '../../support/in-process-api';
import { renderWithApi } from './render';

const csv = ['\uFEFFサービス名,2段階認証（MFA）,部署コード', 'Microsoft 365,あり,A1', '会計ソフト,たぶん,A2', 'ネットショップ,なし,A3'].join('\r\n');

describe('reading a register from CSV', () => {
  it('shows each bad row with its field and the choices, lists the unused column, and saves only the good rows on confirm', async () => {
    const backend = createInProcessApi();
    await backend.api.workspaces.create({ name: 'やまだ商店' });
    renderWithApi(<SheetTransfer kind="cloud" />, backend);
    await userEvent.upload(screen.getByLabelText(/^Excel・CSVから読み込む/), new File([csv], 'cloud.csv', { type: 'text/csv' }));
    expect(await screen.findByText('追加: 2行')).toBeTruthy();
    expect(screen.getByText('3行目「2段階認証（MFA）」: 選べる値ではありません（あり / なし / わからない）。')).toBeTruthy();
    expect(screen.getByText('この台帳にない列のため使わない: 部署コード')).toBeTruthy();
    expect((await backend.api.registers.all()).cloud).toHaveLength(0);

    await userEvent.click(screen.getByRole('button', { name: '2行を保存する' }));
    expect(await screen.findByText('2行を追加し、0行を更新しました。')).toBeTruthy();
    expect((await backend.api.registers.all()).cloud.map((c) => [c.name, c.mfa])).toEqual([['Microsoft 365', 'yes'], ['ネットショップ', 'no']]);
  });
});
