import { describe, expect, it } from 'vitest';
import { presetKeys } from '../../../../shared/contacts/presets';
import { createInProcessApi } from '../../../support/in-process-api';

async function withCompany() {
  const backend = createInProcessApi({ now: () => new Date('2026-11-25T03:00:00Z') });
  await backend.api.profile.save({ name: '株式会社テスト' } as never);
  return backend;
}

describe('contacts API', () => {
  it('adds the public desks once; a removed one stays removed until the user restores it', async () => {
    const { api } = await withCompany();
    const first = await api.contacts.list();
    expect(first.map((c) => c.preset?.key)).toEqual(presetKeys);
    expect(first.find((c) => c.preset?.key === 'ipaAnshin')?.phones[0]?.number).toBe('03-5978-7509');
    // Desks whose number domain.md does not give have none, and say where to look instead.
    expect(first.find((c) => c.preset?.key === 'ppc')?.phones).toEqual([]);
    expect(first.find((c) => c.preset?.key === 'ppc')?.notes).toContain('ウェブサイト');

    const police = first.find((c) => c.preset?.key === 'police')!;
    await api.contacts.remove({ id: police.id });
    expect((await api.contacts.list()).some((c) => c.preset?.key === 'police')).toBe(false);
    const restored = await api.contacts.restorePresets();
    expect(restored.filter((c) => c.preset?.key === 'police')).toHaveLength(1);
    expect(restored).toHaveLength(first.length);
  });

  it('keeps an edited preset as the user wrote it', async () => {
    const { api } = await withCompany();
    const ipa = (await api.contacts.list()).find((c) => c.preset?.key === 'ipaAnshin')!;
    await api.contacts.save({ ...ipa, notes: '前に相談した時の担当: 鈴木さん' });
    const again = (await api.contacts.restorePresets()).filter((c) => c.preset?.key === 'ipaAnshin');
    expect(again).toHaveLength(1);
    expect(again[0]!.notes).toBe('前に相談した時の担当: 鈴木さん');
  });

  it('puts a new contact last on the card and refuses bad input without losing what is saved', async () => {
    const { api } = await withCompany();
    const before = await api.contacts.list();
    const after = await api.contacts.save({ role: 'insurer', organisation: 'みどり保険', phones: [{ label: '', number: '０１２０－１２３－４５６' }], callOrder: 999 });
    const added = after.at(-1)!;
    expect(added.callOrder).toBe(1);
    expect(added.phones[0]!.number).toBe('0120-123-456');
    await expect(api.contacts.save({ role: 'insurer', organisation: '', email: 'x@' })).rejects.toMatchObject({ code: 'invalid_request' });
    expect(await api.contacts.list()).toHaveLength(before.length + 1);
  });

  it('marks a contact checked with today’s local date', async () => {
    const { api } = await withCompany();
    const [first] = await api.contacts.list();
    const updated = await api.contacts.markChecked({ id: first!.id });
    // 03:00 UTC is noon in Japan: the local date, whatever the test machine's zone, is the 25th.
    expect(updated[0]!.lastCheckedAt).toMatch(/^2026-11-2[56]$/);
  });
});
