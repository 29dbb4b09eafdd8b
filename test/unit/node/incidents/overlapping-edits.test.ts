import { describe, expect, it } from 'vitest';
import { editableFields, recordOf } from '../../../../shared/incidents/schema';
import { ApiCallError } from '../../../../renderer/src/api/api-error';
import { createInProcessApi } from '../../../support/in-process-api';

async function twoWindowsOnOneIncident() {
  const backend = createInProcessApi({ now: () => new Date('2026-11-25T03:00:00Z') });
  await backend.api.workspaces.create({ name: '株式会社テスト' });
  const incident = await backend.api.incidents.create({ title: 'ランサムウェア', discoveredAt: '2026-11-24' });
  const other = backend.openWindow();
  await other.api.workspaces.switchTo({ id: backend.windowWorkspace.get()! });
  return { backend, other, incident };
}

describe('no silent overwrite of an incident', () => {
  it('100 overlapping timeline adds from many windows: all 100 answered ok and all 100 kept', async () => {
    const { backend, incident } = await twoWindowsOnOneIncident();
    const windows = Array.from({ length: 10 }, () => backend.openWindow());
    for (const w of windows) w.windowWorkspace.set(backend.windowWorkspace.get());
    const adds = Array.from({ length: 100 }, (_, n) =>
      windows[n % windows.length]!.api.incidents.addEntry({ id: incident.id, log: 'timeline', entry: { date: '2026-11-24', kind: 'done', text: `対応 ${n}`, by: `担当${n % 7}` } }),
    );
    const results = await Promise.allSettled(adds);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(100);
    const stored = await backend.api.incidents.get({ id: incident.id });
    expect(stored.timeline.map((e) => e.text).sort()).toEqual(Array.from({ length: 100 }, (_, n) => `対応 ${n}`).sort());
    expect(new Set(stored.timeline.map((e) => e.id)).size).toBe(100);
    // And after a restart, from the files.
    const reopened = createInProcessApi({ dataDir: backend.dataDir });
    reopened.windowWorkspace.set(backend.windowWorkspace.get());
    expect((await reopened.api.incidents.get({ id: incident.id })).timeline).toHaveLength(100);
  });

  it('an edit started before another window saved is refused as a conflict; nothing of either is lost', async () => {
    const { backend, other, incident } = await twoWindowsOnOneIncident();
    // Window B saves a new severity; window A, still on the old revision, changes the title.
    const savedByB = await other.api.incidents.update({ id: incident.id, revision: incident.revision, incident: { ...recordOf(editableFields(incident)), severity: 'critical' } });
    expect(savedByB.revision).toBe(incident.revision + 1);
    const refused = await backend.api.incidents
      .update({ id: incident.id, revision: incident.revision, incident: { ...recordOf(editableFields(incident)), title: '改名' } })
      .catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ApiCallError);
    expect((refused as ApiCallError).code).toBe('conflict');
    const stored = await backend.api.incidents.get({ id: incident.id });
    expect(stored).toMatchObject({ title: 'ランサムウェア', severity: 'critical', revision: savedByB.revision });
    // Re-read, then the same change goes through.
    const retried = await backend.api.incidents.update({ id: incident.id, revision: stored.revision, incident: { ...recordOf(editableFields(stored)), title: '改名' } });
    expect(retried).toMatchObject({ title: '改名', severity: 'critical' });
  });

  it('editing the record keeps log entries another window added meanwhile', async () => {
    const { backend, other, incident } = await twoWindowsOnOneIncident();
    await other.api.incidents.addEntry({ id: incident.id, log: 'costs', entry: { item: '復旧作業', amountYen: 55000, date: '2026-11-24' } });
    const fresh = await backend.api.incidents.get({ id: incident.id });
    const saved = await backend.api.incidents.update({ id: incident.id, revision: fresh.revision, incident: { ...recordOf(editableFields(fresh)), status: 'contained' } });
    expect(saved.costs.map((c) => c.amountYen)).toEqual([55000]);
    // A record update cannot carry a log at all.
    const withLog = await backend.dispatchInWindow('incidents:update', { id: incident.id, revision: saved.revision, incident: { ...editableFields(saved) } });
    expect(withLog).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
  });

  it('entries are edited and removed one by one; a bad entry is refused with its field named', async () => {
    const { backend, incident } = await twoWindowsOnOneIncident();
    const api = backend.api;
    const one = await api.incidents.addEntry({ id: incident.id, log: 'evidence', entry: { what: 'ログ', where: 'USB', by: '佐藤', date: '2026-11-24' } });
    const two = await api.incidents.addEntry({ id: incident.id, log: 'evidence', entry: { what: '画面写真', where: '', by: '', date: '2026-11-24' } });
    const [first, second] = two.evidence;
    expect(one.evidence).toHaveLength(1);
    const edited = await api.incidents.editEntry({ id: incident.id, log: 'evidence', entry: { ...first!, where: '金庫' } });
    expect(edited.evidence.map((e) => e.where)).toEqual(['金庫', '']);
    const removed = await api.incidents.removeEntry({ id: incident.id, log: 'evidence', entryId: second!.id });
    expect(removed.evidence.map((e) => e.what)).toEqual(['ログ']);
    const bad = await backend.dispatchInWindow('incidents:addEntry', { id: incident.id, log: 'costs', entry: { item: '修理', amountYen: -5, date: '2026-11-24' } });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_request', issues: [{ path: ['entry', 'amountYen'] }] } });
    const unknownContact = await backend.dispatchInWindow('incidents:addEntry', { id: incident.id, log: 'notifications', entry: { date: '2026-11-24', contactId: 'missing-contact', to: '保守業者' } });
    expect(unknownContact).toMatchObject({ ok: false, error: { code: 'invalid_request', issues: [{ path: ['entry', 'contactId'], code: 'unknown_contact' }] } });
    expect((await api.incidents.get({ id: incident.id })).costs).toEqual([]);
  });
});
