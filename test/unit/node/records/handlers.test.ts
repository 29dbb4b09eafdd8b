import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { localDay } from '../../../../shared/dates/local-day';
import { createInProcessApi } from '../../../support/in-process-api';

async function company() {
  const app = createInProcessApi();
  const ws = await app.api.workspaces.create({ name: 'やまだ商店' });
  return { ...app, ws: app.services.workspaces.get(ws.id) };
}

const today = localDay();

describe('records through the API', () => {
  it('adds, lists newest first, updates and deletes records, kept in records.json', async () => {
    const { api, ws } = await company();
    const older = await api.records.add({ kind: 'training', date: '2026-01-10', content: '不審メール', attendees: '山田' });
    const newer = await api.records.add({ kind: 'restoreTest', date: '2026-03-01', restored: '顧客台帳', result: 'ok' });
    expect((await api.records.list()).map((r) => r.id)).toEqual([newer.id, older.id]);
    const edited = await api.records.update({ id: older.id, entry: { kind: 'training', date: '2026-01-11', content: '不審メールの見分け方', method: 'elearning' } });
    expect(edited).toMatchObject({ id: older.id, date: '2026-01-11', method: 'elearning', createdAt: older.createdAt });
    expect(fs.readFileSync(`${ws.dir}/records.json`, 'utf8')).toContain('不審メールの見分け方');
    await api.records.remove({ id: newer.id });
    expect(await api.records.list()).toHaveLength(1);
    await expect(api.records.remove({ id: newer.id })).rejects.toMatchObject({ code: 'not_found' });
  });

  it('refuses a day not yet come, a missing result and a change of kind, writing nothing', async () => {
    const { api, ws } = await company();
    await expect(api.records.add({ kind: 'drill', date: '2999-01-01', scenario: 'ランサムウェア' })).rejects.toMatchObject({ code: 'invalid_request' });
    await expect(api.records.add({ kind: 'restoreTest', date: today, restored: 'x' } as never)).rejects.toMatchObject({ code: 'invalid_request' });
    expect(fs.existsSync(`${ws.dir}/records.json`)).toBe(false);
    const drill = await api.records.add({ kind: 'drill', date: today, scenario: 'ランサムウェア' });
    await expect(api.records.update({ id: drill.id, entry: { kind: 'review', date: today, topic: 'policy' } })).rejects.toMatchObject({ code: 'invalid_request' });
    expect((await api.records.list())[0]).toMatchObject({ kind: 'drill' });
  });

  it('moves the calendar when a record is added, and exports it as an .ics file', async () => {
    const { api } = await company();
    const before = await api.records.calendar({ today });
    expect(before.find((o) => o.id === 'training')).toMatchObject({ due: today, lastDone: '' });
    await api.records.add({ kind: 'training', date: today, content: '研修' });
    const after = await api.records.calendar({ today });
    expect(after.find((o) => o.id === 'training')?.lastDone).toBe(today);
    const file = await api.records.exportIcs({ today, language: 'ja' });
    expect(file).toMatchObject({ mimeType: 'text/calendar' });
    // The company and the day in the name, as every export has.
    expect(file.fileName).toMatch(new RegExp(`^calendar_.+_${today}\\.ics$`));
    expect(Buffer.from(file.base64, 'base64').toString('utf8')).toContain('SUMMARY:セルフチェック（年1回）');
  });

  it('hands the .ics to the host’s save dialog with a calendar filter, as the other exports (Electron)', async () => {
    const saved: { name: string; data: string; filters: unknown }[] = [];
    const platform = { host: 'electron' as const, appVersion: '0.0.0-test', saveFile: async (r: { suggestedName: string; data: Uint8Array; filters: unknown }) => (saved.push({ name: r.suggestedName, data: Buffer.from(r.data).toString('utf8'), filters: r.filters }), '/chosen/calendar.ics') };
    const app = createInProcessApi({ platform });
    await app.api.workspaces.create({ name: 'やまだ商店' });
    const file = await app.api.records.exportIcs({ today, language: 'en' });
    expect(await app.api.files.save({ fileName: file.fileName, mimeType: 'text/calendar', base64: file.base64 })).toEqual({ path: '/chosen/calendar.ics' });
    expect(saved[0]).toMatchObject({ filters: [{ name: 'iCalendar', extensions: ['ics'] }] });
    expect(saved[0]!.name).toMatch(new RegExp(`^calendar_.+_${today}\\.ics$`));
    expect(saved[0]!.data).toContain('SUMMARY:Self-check (yearly)');
  });

  it('gives the demo company a training, a restore test, a drill and a review', async () => {
    const { api } = createInProcessApi();
    await api.workspaces.createDemo();
    expect((await api.records.list()).map((r) => r.kind).sort()).toEqual(['drill', 'restoreTest', 'review', 'training']);
  });
});
