import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { snapshotsToDrop } from '../../../../shared/workspaces/transfer/snapshot-retention';
import { rejection, setupWithCompanies } from './helpers';

const dayMs = 24 * 60 * 60 * 1000;

describe('deleted companies', () => {
  it('are listed with their name and the day they go, can be restored as they were, or deleted for good', async () => {
    const { api, dataDir, advance } = await setupWithCompanies();
    const yamada = (await api.workspaces.list()).find((w) => w.name === '株式会社やまだ商店')!;
    await api.workspaces.remove({ id: yamada.id, confirmName: '株式会社やまだ商店' });
    expect((await api.workspaces.list()).map((w) => w.name)).toEqual(['サンプル株式会社']);

    const [deleted] = await api.workspaces.deletedCompanies();
    expect(deleted).toMatchObject({ workspaceId: yamada.id, name: '株式会社やまだ商店' });
    expect(Date.parse(deleted!.expiresAt) - Date.parse(deleted!.deletedAt)).toBe(90 * dayMs);

    advance(1000);
    const restored = await api.workspaces.restoreDeleted({ id: yamada.id });
    expect(restored).toMatchObject({ id: yamada.id, name: '株式会社やまだ商店' });
    // The window now shows it, with its data back.
    expect((await api.profile.get())).toMatchObject({ name: '株式会社やまだ商店', employees: 8 });
    expect(await api.workspaces.deletedCompanies()).toEqual([]);
    expect((await rejection(api.workspaces.restoreDeleted({ id: yamada.id }))).code).toBe('not_found');

    await api.workspaces.remove({ id: yamada.id, confirmName: '株式会社やまだ商店' });
    await api.workspaces.purgeDeleted({ id: yamada.id });
    expect(await api.workspaces.deletedCompanies()).toEqual([]);
    expect(fs.existsSync(path.join(dataDir, 'snapshots', yamada.id))).toBe(false);
  });

  it('a present company cannot be purged, and an unknown one is not found', async () => {
    const { api } = await setupWithCompanies();
    const demo = await api.workspaces.prepare(); // takes its daily snapshot
    expect((await rejection(api.workspaces.purgeDeleted({ id: demo.id }))).code).toBe('not_found');
    expect((await rejection(api.workspaces.purgeDeleted({ id: 'no-such-company' }))).code).toBe('not_found');
    expect((await api.workspaces.snapshots()).length).toBeGreaterThan(0);
  });

  it('go for good once the retention period is over (checked when a window opens a company)', async () => {
    const { api, advance } = await setupWithCompanies();
    await api.settings.setSnapshotRetention({ keepCount: 10, keepDays: 30 });
    const yamada = (await api.workspaces.list()).find((w) => w.name === '株式会社やまだ商店')!;
    await api.workspaces.remove({ id: yamada.id, confirmName: '株式会社やまだ商店' });
    advance(29 * dayMs);
    await api.workspaces.prepare();
    expect(await api.workspaces.deletedCompanies()).toHaveLength(1);
    advance(2 * dayMs);
    await api.workspaces.prepare();
    expect(await api.workspaces.deletedCompanies()).toEqual([]);
  });

  it('retention keeps the newest always, at most keepCount, none older than keepDays', () => {
    const now = new Date('2026-12-01T00:00:00Z');
    const at = (days: number) => new Date(now.getTime() - days * dayMs).toISOString();
    const entries = [0, 1, 2, 40, 100].map((d) => ({ id: `s${d}`, takenAt: at(d) }));
    expect(snapshotsToDrop(entries, { keepCount: 3, keepDays: 90 }, now)).toEqual(['s40', 's100']);
    expect(snapshotsToDrop(entries, { keepCount: 20, keepDays: 30 }, now)).toEqual(['s40', 's100']);
    expect(snapshotsToDrop([{ id: 'old', takenAt: at(400) }], { keepCount: 3, keepDays: 30 }, now)).toEqual([]);
  });

  it('refuses a retention outside the sensible range, and keeps the old one', async () => {
    const { api } = await setupWithCompanies();
    expect((await rejection(api.settings.setSnapshotRetention({ keepCount: 1, keepDays: 90 }))).code).toBe('invalid_request');
    expect((await api.settings.get()).snapshotRetention).toEqual({ keepCount: 20, keepDays: 90 });
  });
});
