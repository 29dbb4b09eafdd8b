import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ImportSection } from '../../../renderer/src/features/workspaces/ImportSection';
import { createInProcessApi } from '../../support/in-process-api';
import { renderWithApi } from './render';

async function backendWithDemo() {
  const backend = createInProcessApi();
  await backend.api.workspaces.createDemo();
  return backend;
}

describe('ImportSection', () => {
  it('refuses a file over 50 MB with a clear message', async () => {
    const backend = await backendWithDemo();
    renderWithApi(<ImportSection />, backend);
    const big = new File([new Uint8Array(51 * 1024 * 1024)], 'big.otasuke');
    await userEvent.upload(screen.getByLabelText('読み込むファイル'), big);
    await userEvent.click(screen.getByRole('button', { name: '内容を確認する' }));
    expect((await screen.findByRole('alert')).textContent).toBe('ファイルが大きすぎます（50MBまで）。');
  });

  it('words each refused file plainly, and asks for the passphrase of an encrypted one', async () => {
    const backend = await backendWithDemo();
    renderWithApi(<ImportSection />, backend);
    const input = screen.getByLabelText('読み込むファイル');
    const check = () => userEvent.click(screen.getByRole('button', { name: '内容を確認する' }));

    await userEvent.upload(input, new File(['これはメモです'], 'memo.otasuke'));
    await check();
    expect((await screen.findByRole('alert')).textContent).toContain('おたすけデスクのファイルではない');

    const sealed = await backend.api.workspaces.exportFile({ passphrase: 'correct horse battery' });
    await userEvent.upload(input, new File([Buffer.from(sealed.base64, 'base64')], sealed.fileName));
    await check();
    expect((await screen.findByRole('alert')).textContent).toContain('パスフレーズを入力してください');

    await userEvent.type(screen.getByLabelText('パスフレーズ（暗号化されている場合）'), 'correct horse battery');
    await check();
    expect((await screen.findByTestId('preview-fingerprint', {}, { timeout: 10_000 })).textContent).toBe(sealed.fingerprint);
    // Looking is not importing: still the one company.
    expect(await backend.api.workspaces.list()).toHaveLength(1);
  });
});
