import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ExportSection } from '../../../renderer/src/features/workspaces/ExportSection';
import { createInProcessApi } from '../../support/in-process-api';
import { renderWithApi } from './render';

describe('ExportSection passphrase strength', () => {
  it('says a guessable passphrase is refused, with a hint, and does not export; a strong one passes', async () => {
    const backend = createInProcessApi();
    await backend.api.workspaces.createDemo();
    const exportFile = vi.spyOn(backend.api.workspaces, 'exportFile');
    renderWithApi(<ExportSection companyName="サンプル株式会社" />, backend);
    const pass = screen.getByLabelText('パスフレーズ（8文字以上）');
    const again = screen.getByLabelText('パスフレーズ（確認のためもう一度）');

    await userEvent.type(pass, '12345678');
    await userEvent.type(again, '12345678');
    expect((await screen.findByText(/推測されやすいため使えません/)).textContent).toContain('よく使われるパスワード');
    await userEvent.click(screen.getByRole('button', { name: 'ファイルに書き出す' }));
    expect((await screen.findByRole('alert')).textContent).toContain('推測されやすいため使えません');
    expect(pass.getAttribute('aria-invalid')).toBe('true');
    expect(exportFile).not.toHaveBeenCalled();

    await userEvent.clear(pass);
    await userEvent.clear(again);
    await userEvent.type(pass, 'そら-みかん-自転車-47');
    await userEvent.type(again, 'そら-みかん-自転車-47');
    expect(await screen.findByText('推測されにくいパスフレーズです。')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
