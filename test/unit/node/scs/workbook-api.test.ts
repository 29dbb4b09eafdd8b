import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { localDay } from '../../../../shared/dates/local-day';
import { scsVersion } from '../../../../shared/frameworks';
import { createInProcessApi } from '../../../support/in-process-api';
import { makeTempDir } from '../../../support/temp-dir';

const today = localDay();

async function company() {
  const app = createInProcessApi();
  const ws = await app.api.workspaces.create({ name: 'やまだ商店' });
  const workbook = await app.api.scs.start({ year: 2026 });
  return { ...app, ws: app.services.workspaces.get(ws.id), workbook };
}

const done = { value: 'done' as const, how: '自動更新をオンにしている' };
const expert = { verdict: 'confirmed' as const, note: '', expertName: '田中 一郎', organisation: '〇〇ITサポート', date: today };

describe('the ★3 workbook through the API', () => {
  it('saves an answer, keeps the one before as history, and makes an action for a gap', async () => {
    const { api, workbook } = await company();
    const ref = { workbookId: workbook.id, frameworkVersion: scsVersion, criterionId: '4-4-4-2' };
    await api.scs.answer({ ...ref, answer: { value: 'partly', how: '一部のPCだけ自動更新' }, actionDue: '2027-01-31' });
    const actions = await api.actions.list();
    expect(actions).toHaveLength(1);
    expect(actions[0]).toMatchObject({ title: expect.stringContaining('4-4-4-2'), dueDate: '2027-01-31' });
    const after = await api.scs.answer({ ...ref, answer: done });
    expect(after.answers['4-4-4-2']).toMatchObject({ value: 'done', actionId: null });
    expect(after.history.map((h) => h.answer.value)).toEqual(['partly']);
    expect(await api.actions.list()).toHaveLength(1);
  });

  it('binds a confirmation to the answer, scope and evidence it saw; any change makes it outdated, history kept', async () => {
    const { api, workbook } = await company();
    const ref = { workbookId: workbook.id, frameworkVersion: scsVersion, criterionId: '4-4-4-2' };
    await api.scs.answer({ ...ref, answer: done });
    await api.scs.confirm({ workbookId: workbook.id, target: { kind: 'criterion', id: '4-4-4-2' }, expert });
    await api.scs.confirm({ workbookId: workbook.id, target: { kind: 'category', id: 'detect' }, expert: { ...expert, verdict: 'advice', note: '検知の仕組みを入れましょう' } });
    const current = async () => (await api.scs.current({ today }))!.confirmations;
    expect((await current()).map((c) => c.current)).toEqual([true, true]);

    // Saving the very same answer again changes nothing the expert saw.
    await api.scs.answer({ ...ref, answer: done });
    expect((await current())[0]!.current).toBe(true);

    await api.scs.answer({ ...ref, answer: { ...done, how: '毎月第2水曜に手動で更新' } });
    expect((await current()).map((c) => c.current)).toEqual([false, true]);

    await api.scs.confirm({ workbookId: workbook.id, target: { kind: 'criterion', id: '4-4-4-2' }, expert: { ...expert, date: today } });
    const all = await current();
    expect(all).toHaveLength(3);
    expect(all.filter((c) => c.target.id === '4-4-4-2').map((c) => [c.current, c.latest])).toEqual([[false, false], [true, true]]);

    // Linking evidence changes what the expert saw; so does the workbook's scope.
    const note = await api.evidence.addNote({ details: { title: '更新の記録', appliesOn: today, claims: [{ kind: 'scsCriterion', id: '4-4-4-2' }] }, url: '', note: '毎月の更新チェック表' });
    expect((await current())[2]!.current).toBe(false);
    const view = (await api.scs.current({ today }))!;
    expect(view.evidence['4-4-4-2']).toEqual([{ id: note.id, title: '更新の記録', appliesOn: today, hashPrefix: null }]);
    await api.scs.confirm({ workbookId: workbook.id, target: { kind: 'criterion', id: '4-4-4-2' }, expert });
    await api.scs.setScope({ workbookId: workbook.id, scope: '本社のみ' });
    expect((await current())[3]!.current).toBe(false);
  });

  it('refuses bad input with a clear code and saves nothing', async () => {
    const { api, ws, workbook } = await company();
    const before = fs.readFileSync(`${ws.dir}/scs.json`, 'utf8');
    const ref = { workbookId: workbook.id, frameworkVersion: scsVersion };
    await expect(api.scs.answer({ ...ref, criterionId: '9-9-9-9', answer: done })).rejects.toMatchObject({ code: 'invalid_request', issues: [{ code: 'unknown_criterion' }] });
    await expect(api.scs.answer({ ...ref, frameworkVersion: '1999-01-01', criterionId: '4-4-4-2', answer: done })).rejects.toMatchObject({ code: 'invalid_request' });
    await expect(api.scs.answer({ ...ref, criterionId: '7-1-1-1', answer: { value: 'notApplicable', reason: '' } })).rejects.toMatchObject({
      code: 'invalid_request',
      issues: [expect.objectContaining({ message: 'reason_required' })],
    });
    await expect(api.scs.confirm({ workbookId: workbook.id, target: { kind: 'category', id: 'nothing' }, expert })).rejects.toMatchObject({ code: 'invalid_request' });
    await expect(api.scs.answer({ ...ref, criterionId: '3-1-1-1', answer: { ...done, registerRefs: ['no-such-row'] } })).rejects.toMatchObject({ issues: [{ code: 'unknown_register_entry' }] });
    expect(fs.readFileSync(`${ws.dir}/scs.json`, 'utf8')).toBe(before);
    const pc = await api.registers.save({ register: 'devices', entry: { name: '受付PC' } });
    const linked = await api.scs.answer({ ...ref, criterionId: '3-1-1-1', answer: { ...done, registerRefs: [pc.id] } });
    expect(linked.answers['3-1-1-1']!.registerRefs).toEqual([pc.id]);
    const na = await api.scs.answer({ ...ref, criterionId: '7-1-1-1', answer: { value: 'notApplicable', reason: 'システムを使わず紙だけで業務をしている' } });
    expect(na.answers['7-1-1-1']).toMatchObject({ value: 'notApplicable', actionId: null });
  });

  it('a linked register row deleted since stays linked (to be unticked) while the rest of the answer changes; a new unknown row is still refused', async () => {
    const { api, workbook } = await company();
    const ref = { workbookId: workbook.id, frameworkVersion: scsVersion, criterionId: '3-1-1-1' };
    const pc = await api.registers.save({ register: 'devices', entry: { name: '受付PC' } });
    const nas = await api.registers.save({ register: 'devices', entry: { name: '共有NAS' } });
    await api.scs.answer({ ...ref, answer: { ...done, registerRefs: [pc.id, nas.id] } });
    await api.registers.remove({ register: 'devices', id: pc.id });
    const edited = await api.scs.answer({ ...ref, answer: { ...done, how: '台帳に全台を登録した', registerRefs: [pc.id, nas.id] } });
    expect(edited.answers['3-1-1-1']).toMatchObject({ how: '台帳に全台を登録した', registerRefs: [pc.id, nas.id] });
    // The package names the row still there and says the other was deleted, never its id.
    const pdf = await api.scs.packagePdf({ language: 'ja' });
    const file = path.join(makeTempDir('otasuke-scs-refs-'), 'package.pdf');
    fs.writeFileSync(file, Buffer.from(pdf.base64, 'base64'));
    const text = execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    expect(text).toContain('台帳：（台帳から削除された行）、共有NAS');
    expect(text).not.toContain(pc.id);
    const unticked = await api.scs.answer({ ...ref, answer: { ...done, how: '台帳に全台を登録した', registerRefs: [nas.id] } });
    expect(unticked.answers['3-1-1-1']!.registerRefs).toEqual([nas.id]);
    // Once unlinked, the deleted row cannot come back.
    await expect(api.scs.answer({ ...ref, answer: { ...done, registerRefs: [nas.id, pc.id] } })).rejects.toMatchObject({ issues: [{ code: 'unknown_register_entry' }] });
  });

  it('shows proposals with their source from the registers, and a new year starts from last year to re-confirm', async () => {
    const { api, workbook } = await company();
    await api.registers.save({ register: 'devices', entry: { name: '受付PC', updates: 'auto', updateCheckedOn: today } });
    const proposals = (await api.scs.current({ today }))!.proposals;
    expect(proposals.find((p) => p.criterionId === '4-4-4-2')).toMatchObject({ value: 'done', source: 'devices' });
    expect((await api.scs.current({ today }))!.workbook.answers['4-4-4-2']).toBeUndefined();

    await api.scs.answer({ workbookId: workbook.id, frameworkVersion: scsVersion, criterionId: '4-4-4-2', answer: { ...done, fromProposal: 'patchesRecent' } });
    const next = await api.scs.start({ year: 2027 });
    expect(next.answers['4-4-4-2']).toMatchObject({ value: 'done' });
    expect(next.reconfirm).toEqual(['4-4-4-2']);
    expect((await api.scs.current({ today }))!.workbook.year).toBe(2027);
  });
});
