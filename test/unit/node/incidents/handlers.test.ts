import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ApiCallError } from '../../../../renderer/src/api/api-error';
import { createInProcessApi } from '../../../support/in-process-api';
import { contactsSpec } from '../../../../electron/features/contacts/documents';
import { actionsSpec } from '../../../../electron/features/actions/documents';
import { editableFields, recordOf } from '../../../../shared/incidents/schema';
import { weaknessesSpec } from '../../../../electron/features/self-check/weaknesses';

const now = new Date('2026-11-25T09:00:00');

async function setup() {
  const backend = createInProcessApi({ now: () => now });
  await backend.api.profile.save({ name: '株式会社テスト' });
  return backend;
}

async function issuesOf(call: Promise<unknown>) {
  const error = await call.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(ApiCallError);
  return (error as ApiCallError).issues?.map((i) => `${i.path.join('.')}:${i.message ?? i.code}`) ?? [];
}

describe('incident API', () => {
  it('saves an incident with only a title and discovery date, and fills stage dates on status changes', async () => {
    const { api } = await setup();
    const created = await api.incidents.create({ title: '不審なメール', discoveredAt: '2026-11-24' });
    expect(created).toMatchObject({ status: 'open', category: 'other', containedAt: '' });
    const closed = await api.incidents.update({ id: created.id, revision: created.revision, incident: { ...recordOf(editableFields(created)), status: 'closed' } });
    expect(closed).toMatchObject({ containedAt: '2026-11-25', recoveredAt: '2026-11-25', closedAt: '2026-11-25' });
    expect(await api.incidents.list({})).toHaveLength(1);
  });

  it.each([
    ['a discovery date in the future', { discoveredAt: '2026-11-27' }, 'discoveredAt:future_date'],
    ['containment before discovery', { discoveredAt: '2026-11-20', containedAt: '2026-11-19' }, 'containedAt:before_discovery'],
    ['a negative cost', { costs: [{ id: 'cost-001', item: '修理', amountYen: -5, date: '2026-11-24' }] }, 'costs.0.amountYen:negative'],
    ['a head count that is not whole', { personalData: { involved: true, people: 12.5 } }, 'personalData.people:'],
    ['an unknown contact', { notifications: [{ id: 'note-001', date: '2026-11-24', contactId: 'missing-contact', to: '保守業者' }] }, 'notifications.0.contactId:unknown_contact'],
  ])('rejects %s and saves nothing', async (_name, change, expected) => {
    const { api } = await setup();
    const issues = await issuesOf(api.incidents.create({ title: '件名', discoveredAt: '2026-11-24', ...change } as never));
    expect(issues.some((i) => i.startsWith(expected))).toBe(true);
    expect(await api.incidents.list({})).toHaveLength(0);
  });

  it('keeps the saved version when an update is rejected', async () => {
    const { api } = await setup();
    const created = await api.incidents.create({ title: '元の件名', discoveredAt: '2026-11-24' });
    await issuesOf(api.incidents.update({ id: created.id, revision: created.revision, incident: { ...recordOf(editableFields(created)), title: '変更後', closedAt: '2026-11-01' } }));
    expect((await api.incidents.get({ id: created.id })).title).toBe('元の件名');
  });

  it('links notifications to existing contacts, marks weak questions and creates actions', async () => {
    const { api, services } = await setup();
    const ws = services.requestWorkspace();
    ws.document(contactsSpec).set([{ id: 'contact-vendor', role: 'itVendor', organisation: '町のパソコン屋', person: '', phones: [], email: '', hours: '', contractNumber: '', notes: '', callOrder: 1, lastCheckedAt: '', preset: null }]);
    expect(await api.incidents.contacts()).toEqual([{ id: 'contact-vendor', role: 'itVendor', organisation: '町のパソコン屋', person: '' }]);
    const created = await api.incidents.create({
      title: 'ランサムウェア',
      discoveredAt: '2026-11-24',
      notifications: [{ id: 'note-001', date: '2026-11-24', contactId: 'contact-vendor', to: '町のパソコン屋' }],
    });
    await api.incidents.markWeak({ id: created.id, questionIds: ['q02', 'q07'] });
    expect(ws.document(weaknessesSpec).get().map((w) => w.questionId)).toEqual(['q02', 'q07']);
    await api.incidents.markWeak({ id: created.id, questionIds: ['q07'] });
    expect(ws.document(weaknessesSpec).get().map((w) => w.questionId)).toEqual(['q07']);
    await api.incidents.createAction({ id: created.id, title: 'VPN機器を更新', questionId: 'q02' });
    expect(ws.document(actionsSpec).get()[0]).toMatchObject({ title: 'VPN機器を更新', source: { kind: 'incident', incidentId: created.id, questionId: 'q02' } });
  });

  it('spreads incidents over small bucket files', async () => {
    const { api, services } = await setup();
    for (let i = 0; i < 20; i += 1) await api.incidents.create({ title: `件名${i}`, discoveredAt: '2026-11-24' });
    const files = fs.readdirSync(services.requestWorkspace().dir).filter((f) => f.startsWith('incidents-b'));
    expect(files.length).toBeGreaterThan(10);
    expect(await api.incidents.list({ query: '件名1' })).toHaveLength(11);
  });

  it('exports the filtered incidents as CSV and VERIS files', async () => {
    const { api } = await setup();
    await api.incidents.create({ title: '=危険な件名', discoveredAt: '2026-11-24', category: 'phishing' });
    await api.incidents.create({ title: '紛失', discoveredAt: '2025-01-10', category: 'lostDevice' });
    const csv = await api.incidents.exportCsv({ year: 2026 });
    const text = Buffer.from(csv.base64, 'base64').toString('utf8');
    expect(csv.fileName).toBe('incidents_株式会社テスト_2026-11-25.csv');
    expect(text).toContain('"\'=危険な件名"');
    expect(text).toContain('"フィッシング・偽の請求書"');
    expect(text).not.toContain('紛失');
    const veris = JSON.parse(Buffer.from((await api.incidents.exportVeris({})).base64, 'base64').toString('utf8')) as unknown[];
    expect(veris).toHaveLength(2);
  });
});
