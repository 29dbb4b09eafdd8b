import { describe, expect, it } from 'vitest';
import { apiContract } from '../../../../shared/api/contract';
import { listChannels } from '../../../../shared/api/endpoint';
import { snapshotFiles } from '../../../support/file-snapshot';
import { createInProcessApi } from '../../../support/in-process-api';

describe('the company is named in every company-scoped call', () => {
  it('a call naming an unknown company, or none, is refused on every scoped channel and writes nothing', async () => {
    const backend = createInProcessApi();
    await backend.api.workspaces.createDemo();
    const scoped = listChannels(apiContract).filter((e) => e.endpoint.scope !== 'app');
    expect(scoped.length).toBeGreaterThan(30);
    const before = snapshotFiles(backend.dataDir);
    for (const { channel, endpoint } of scoped) {
      const unknown = await backend.dispatch(channel, { workspaceId: 'no-such-company' });
      // A channel that needs more than the company answers for its own fields first.
      const code = endpoint.request.safeParse({}).success ? 'no_workspace' : 'invalid_request';
      expect([channel, unknown]).toMatchObject([channel, { ok: false, error: { code } }]);
      if (endpoint.scope === 'workspace') {
        const missing = await backend.dispatch(channel, {});
        expect([channel, missing]).toMatchObject([channel, { ok: false, error: { code: 'invalid_request', issues: [{ path: ['workspaceId'] }] } }]);
      }
    }
    expect(snapshotFiles(backend.dataDir)).toEqual(before);
  });

  it('two windows on two companies never write into each other, whichever switched last', async () => {
    const backend = createInProcessApi();
    const x = await backend.api.workspaces.create({ name: 'X社' });
    const windowB = backend.openWindow();
    const y = await windowB.api.workspaces.create({ name: 'Y社' });
    expect(backend.windowWorkspace.get()).toBe(x.id);
    expect(windowB.windowWorkspace.get()).toBe(y.id);

    // B switched last, so the back end's default is Y; A still saves into X.
    const saved = await backend.api.contacts.save({ role: 'insurer', organisation: 'X社の保険会社', person: '' });
    await windowB.api.incidents.create({ title: 'Y社の個人情報漏えい', discoveredAt: '2026-11-20' });
    expect(saved.some((c) => c.organisation === 'X社の保険会社')).toBe(true);
    expect((await windowB.api.contacts.list()).some((c) => c.organisation === 'X社の保険会社')).toBe(false);
    expect(await backend.api.incidents.list({})).toEqual([]);
    expect((await windowB.api.incidents.list({})).map((r) => r.title)).toEqual(['Y社の個人情報漏えい']);
    expect((await backend.api.workspaces.get()).name).toBe('X社');
    expect((await backend.api.workspaces.lastOpened())?.name).toBe('Y社');
  });

  it('the first profile saved before any company exists creates it and the window opens it', async () => {
    const backend = createInProcessApi();
    expect(backend.windowWorkspace.get()).toBeNull();
    expect(await backend.api.profile.get()).toBeNull();
    await backend.api.profile.save({ name: '株式会社はじめて' });
    expect(backend.windowWorkspace.get()).not.toBeNull();
    expect((await backend.api.workspaces.get()).name).toBe('株式会社はじめて');
    // A second window opening now gets that company as its default.
    expect((await backend.openWindow().api.workspaces.lastOpened())?.name).toBe('株式会社はじめて');
  });
});
