import { describe, expect, it } from 'vitest';
import { createInProcessApi } from '../../../support/in-process-api';
import { switchableDisk } from '../../../support/switchable-disk';
import { makeTempDir } from '../../../support/temp-dir';

describe('read-only mode: a full or read-only disk', () => {
  it('a refused save turns the status on, everything stays readable, and the next good save turns it off (announced)', async () => {
    const disk = switchableDisk();
    const backend = createInProcessApi({ fileFactory: disk.factory });
    await backend.api.workspaces.create({ name: 'やまだ商店' });
    expect(await backend.api.app.storageStatus()).toEqual({ problem: null });

    disk.fail('ENOSPC');
    const refused = await backend.dispatchInWindow('contacts:save', { role: 'insurer', organisation: '東西損保', person: '' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'storage_full' } });
    expect(await backend.api.app.storageStatus()).toEqual({ problem: 'storage_full' });
    expect((await backend.api.contacts.list()).length).toBeGreaterThan(0);
    expect((await backend.api.profile.get())?.name).toBe('やまだ商店');

    disk.heal();
    const saved = await backend.dispatchInWindow('contacts:save', { role: 'insurer', organisation: '東西損保', person: '' });
    expect(saved).toMatchObject({ ok: true, changed: expect.arrayContaining(['contacts', 'storage']) });
    expect(await backend.api.app.storageStatus()).toEqual({ problem: null });
  });

  it('a folder that cannot be written at start: the app opens, shows the data and says so', async () => {
    const dataDir = makeTempDir('otasuke-ro-');
    const first = createInProcessApi({ dataDir });
    const company = await first.api.workspaces.create({ name: 'やまだ商店' });
    await first.api.contacts.save({ role: 'insurer', organisation: '東西損保', person: '佐藤' });

    const disk = switchableDisk();
    disk.fail('EROFS');
    const readOnly = createInProcessApi({ dataDir, fileFactory: disk.factory });
    expect(await readOnly.api.app.storageStatus()).toEqual({ problem: 'storage_read_only' });
    // Switching still works: only remembering it for the next window cannot be saved.
    expect(await readOnly.api.workspaces.switchTo({ id: company.id })).toMatchObject({ id: company.id });
    expect(readOnly.windowWorkspace.get()).toBe(company.id);
    expect((await readOnly.api.contacts.list()).some((c) => c.organisation === '東西損保')).toBe(true);
    expect(await readOnly.api.workspaces.prepare()).toMatchObject({ id: company.id }); // start-up chores never stop it
  });
});
