import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ContactForm } from '../../../renderer/src/features/contacts/ContactForm';
import type { ContactInput } from '../../../shared/contacts/schema';
import { createInProcessApi } from '../../support/in-process-api';
import { renderWithApi } from './render';

const blank: ContactInput = { role: 'itVendor', organisation: '', phones: [{ label: '', number: '' }], callOrder: 999, lastCheckedAt: '2026-11-25' };

async function backendWithCompany() {
  const backend = createInProcessApi();
  await backend.api.profile.save({ name: '株式会社テスト' } as never);
  return backend;
}

describe('ContactForm', () => {
  it('warns about an unlikely number, saves nothing until the user insists, then keeps it as typed', async () => {
    const backend = await backendWithCompany();
    const onDone = vi.fn();
    renderWithApi(<ContactForm initial={blank} onDone={onDone} />, backend);
    const before = (await backend.api.contacts.list()).length;
    await userEvent.type(screen.getByLabelText(/会社・組織の名前/), 'まちのIT屋');
    await userEvent.type(screen.getByLabelText('番号'), '12345');
    await userEvent.click(screen.getByRole('button', { name: '保存する' }));
    expect(await screen.findByText(/電話番号としては見慣れない形です: 12345/)).toBeTruthy();
    expect(await backend.api.contacts.list()).toHaveLength(before);

    await userEvent.click(screen.getByRole('button', { name: 'このまま保存する' }));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    const saved = (await backend.api.contacts.list()).at(-1)!;
    expect(saved.organisation).toBe('まちのIT屋');
    expect(saved.phones).toEqual([{ label: '', number: '12345' }]);
  });

  it('shows a plain Japanese message for a malformed email and keeps the typed values', async () => {
    const backend = await backendWithCompany();
    renderWithApi(<ContactForm initial={blank} onDone={() => {}} />, backend);
    await userEvent.type(screen.getByLabelText(/会社・組織の名前/), 'まちのIT屋');
    await userEvent.type(screen.getByLabelText('メールアドレス'), 'info@');
    await userEvent.click(screen.getByRole('button', { name: '保存する' }));
    expect(await screen.findByText(/メールアドレスの形が正しくありません/)).toBeTruthy();
    expect((screen.getByLabelText(/会社・組織の名前/) as HTMLInputElement).value).toBe('まちのIT屋');
  });

  it('drops the empty phone row the form offers instead of complaining about it', async () => {
    const backend = await backendWithCompany();
    const onDone = vi.fn();
    renderWithApi(<ContactForm initial={blank} onDone={onDone} />, backend);
    await userEvent.type(screen.getByLabelText(/会社・組織の名前/), '顧問弁護士');
    await userEvent.click(screen.getByRole('button', { name: '保存する' }));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect((await backend.api.contacts.list()).at(-1)?.phones).toEqual([]);
  });
});
