import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ProfileForm } from '../../../renderer/src/features/profile/ProfileForm';
import { renderWithApi } from './render';

describe('ProfileForm', () => {
  it('refuses an empty name with a Japanese message and saves nothing', async () => {
    const { backend } = renderWithApi(<ProfileForm initial={null} submitLabel="はじめる" />);
    await userEvent.click(screen.getByRole('button', { name: 'はじめる' }));
    expect(await screen.findByText('入力してください。')).toBeTruthy();
    expect(await backend.api.profile.get()).toBeNull();
  });

  it('saves the profile through the real API, including numbers and checkboxes', async () => {
    const { backend } = renderWithApi(<ProfileForm initial={null} submitLabel="はじめる" />);
    await userEvent.type(screen.getByLabelText(/会社名・屋号/), '有限会社みどり薬局');
    await userEvent.type(screen.getByLabelText('従業員数'), '5');
    await userEvent.click(screen.getByLabelText('パソコン'));
    await userEvent.click(screen.getByRole('button', { name: 'はじめる' }));
    await waitFor(async () => expect((await backend.api.profile.get())?.name).toBe('有限会社みどり薬局'));
    const saved = await backend.api.profile.get();
    expect(saved?.employees).toBe(5);
    expect(saved?.systems).toEqual(['pcs']);
  });

  it('asks about personal data outright: unanswered by default, then yes or no as chosen', async () => {
    const { backend } = renderWithApi(<ProfileForm initial={null} submitLabel="はじめる" />);
    await userEvent.type(screen.getByLabelText(/会社名・屋号/), '山田商店');
    expect((screen.getByRole('radio', { name: '未回答（あとで答える）' }) as HTMLInputElement).checked).toBe(true);
    expect(screen.queryByLabelText('おおよその人数')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'はじめる' }));
    await waitFor(async () => expect((await backend.api.profile.get())?.name).toBe('山田商店'));
    expect((await backend.api.profile.get())?.personalData.handles).toBeNull();

    await userEvent.click(screen.getByRole('radio', { name: 'はい' }));
    await userEvent.type(screen.getByLabelText('おおよその人数'), '1800');
    await userEvent.click(screen.getByRole('button', { name: 'はじめる' }));
    await waitFor(async () => expect((await backend.api.profile.get())?.personalData).toMatchObject({ handles: true, approxPeople: 1800 }));

    await userEvent.click(screen.getByRole('radio', { name: 'いいえ' }));
    await userEvent.click(screen.getByRole('button', { name: 'はじめる' }));
    await waitFor(async () => expect((await backend.api.profile.get())?.personalData.handles).toBe(false));
  });

  it('shows the insurance period error when the end is before the start', async () => {
    renderWithApi(<ProfileForm initial={null} submitLabel="保存" />);
    await userEvent.type(screen.getByLabelText(/会社名・屋号/), 'テスト商会');
    await userEvent.type(screen.getByLabelText('保険期間（開始）'), '2026-04-01');
    await userEvent.type(screen.getByLabelText('保険期間（終了）'), '2026-03-01');
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByText('終了日は開始日より後にしてください。')).toBeTruthy();
  });
});
