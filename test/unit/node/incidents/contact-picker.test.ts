import { describe, expect, it } from 'vitest';
import { createInProcessApi } from '../../../support/in-process-api';

const choice = ({ id, role, organisation, person }: { id: string; role: string; organisation: string; person: string }) => ({ id, role, organisation, person });

describe('the incident contact picker', () => {
  it('lists exactly what Contacts lists on a fresh company, public desks included, and follows edits', async () => {
    const { api } = createInProcessApi();
    await api.workspaces.create({ name: '株式会社あたらしい' });
    const contacts = await api.contacts.list();
    expect(contacts.some((c) => c.organisation.includes('個人情報保護委員会'))).toBe(true);
    expect(await api.incidents.contacts()).toEqual(contacts.map(choice));

    const saved = await api.contacts.save({ role: 'insurer', organisation: '山田システム', person: '山田' });
    expect(await api.incidents.contacts()).toEqual(saved.map(choice));
    expect(saved.length).toBe(contacts.length + 1);
  });

  it('an action made from an incident is an ordinary action of the plan, announced as changing actions', async () => {
    const { api, dispatchInWindow: dispatch } = createInProcessApi();
    await api.workspaces.create({ name: '株式会社あたらしい' });
    const incident = await api.incidents.create({ title: '不審なメール', discoveredAt: '2026-11-20' });
    const result = await dispatch('incidents:createAction', { id: incident.id, title: 'メール訓練をする', questionId: null });
    expect(result).toMatchObject({ ok: true, changed: ['actions'] });
    const [action] = await api.actions.list();
    expect(action).toMatchObject({ title: 'メール訓練をする', status: 'todo', owner: '', source: { kind: 'incident', incidentId: incident.id, questionId: null } });
  });
});
