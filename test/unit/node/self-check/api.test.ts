import { beforeEach, describe, expect, it } from 'vitest';
import { createInProcessApi } from '../../../support/in-process-api';

let backend: ReturnType<typeof createInProcessApi>;
beforeEach(async () => {
  backend = createInProcessApi();
  await backend.api.profile.save({ name: 'テスト商店' });
});
const call = (channel: string, payload: Record<string, unknown>) => backend.dispatchInWindow(channel, payload);

describe('self-check API', () => {
  it('saves each answer at once and resumes the same unfinished check', async () => {
    const started = await backend.api.selfCheck.start();
    await backend.api.selfCheck.answer({ assessmentId: started.id, questionId: 'q01', value: 'yes', note: '自動更新オン', position: 1 });
    const again = await backend.api.selfCheck.start();
    expect(again.id).toBe(started.id);
    expect(again.position).toBe(1);
    expect(again.answers.q01).toMatchObject({ value: 'yes', note: '自動更新オン' });
  });

  it('refuses unknown ids, values and catalog versions, and keeps what was saved', async () => {
    const { id } = await backend.api.selfCheck.start();
    await backend.api.selfCheck.answer({ assessmentId: id, questionId: 'q02', value: 'partly', position: 2 });
    const bad = [
      call('selfCheck:answer', { assessmentId: id, questionId: 'q26', value: 'yes', position: 0 }),
      call('selfCheck:answer', { assessmentId: id, questionId: 'q02', value: 'maybe', position: 0 }),
      call('selfCheck:start', { catalogVersion: '1999.9' }),
    ];
    for (const result of await Promise.all(bad)) expect(result).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    const [stored] = await backend.api.selfCheck.list();
    expect(stored!.answers).toEqual({ q02: expect.objectContaining({ value: 'partly' }) });
  });

  it('will not finish an incomplete check, and keeps every finished one', async () => {
    const { id } = await backend.api.selfCheck.start();
    expect(await call('selfCheck:finish', { assessmentId: id })).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    const ids = ['q01','q02','q03','q04','q05','q06','q07','q08','q09','q10','q11','q12','q13','q14','q15','q16','q17','q18','q19','q20','q21','q22','q23','q24','q25'] as const;
    for (const questionId of ids) await backend.api.selfCheck.answer({ assessmentId: id, questionId, value: 'yes', position: 25 });
    const finished = await backend.api.selfCheck.finish({ assessmentId: id });
    expect(finished.completedAt).not.toBeNull();
    const next = await backend.api.selfCheck.start();
    expect(next.id).not.toBe(id);
    expect((await backend.api.selfCheck.list()).map((a) => a.id)).toEqual([id, next.id]);
    expect(await call('selfCheck:answer', { assessmentId: id, questionId: 'q01', value: 'no', position: 0 })).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('actions: a due date that is not a date is refused and nothing is saved', async () => {
    const bad = await call('actions:create', { title: 'バックアップ', dueDate: '2026-02-30', source: { kind: 'selfCheck', questionId: 'q11' } });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_request', issues: [expect.objectContaining({ path: ['dueDate'] })] } });
    expect(await backend.api.actions.list()).toEqual([]);
    const created = await backend.api.actions.create({ title: 'バックアップ', dueDate: '2026-03-01', source: { kind: 'selfCheck', questionId: 'q11' } });
    const updated = await backend.api.actions.update({ id: created.id, title: created.title, dueDate: created.dueDate, source: created.source, status: 'done' });
    expect(updated.status).toBe('done');
    expect(await backend.api.actions.list()).toEqual([updated]);
  });

  it('policy: publication date must be a real date', async () => {
    expect(await call('selfCheck:savePolicy', { exists: true, publishedOn: '2026/04/01' })).toMatchObject({ ok: false });
    expect(await backend.api.selfCheck.savePolicy({ exists: true, publishedOn: '2026-04-01' })).toEqual({ exists: true, publishedOn: '2026-04-01' });
  });

  it('the demo company gets two finished checks, improving, and an overdue action', async () => {
    await backend.api.workspaces.createDemo();
    const checks = await backend.api.selfCheck.list();
    expect(checks.filter((c) => c.completedAt)).toHaveLength(2);
    const actions = await backend.api.actions.list();
    expect(actions.length).toBeGreaterThanOrEqual(3);
  });
});
