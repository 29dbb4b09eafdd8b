import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { visitInputSchema } from '../../../../shared/visits/schema';
import { localDay } from '../../../../shared/dates/local-day';
import { addDays } from '../../../../shared/incidents/dates';
import { makeTempDir } from '../../../support/temp-dir';
import { createInProcessApi } from '../../../support/in-process-api';

const today = localDay();

async function company() {
  const app = createInProcessApi();
  await app.api.workspaces.create({ name: 'やまだ商店' });
  return app;
}

const visit = {
  date: today,
  kind: 'visit' as const,
  programme: { programmeId: 'ipa-four-visits', step: 1 },
  supporter: '中野 商工会',
  topics: ['バックアップ'],
  findings: 'バックアップのディスクが事務所に置いたままだった。',
  advice: '金庫で保管する。',
  nextSteps: [
    { title: 'ディスクを金庫で保管する', owner: '佐藤', dueDate: addDays(today, 14) },
    { title: '私物スマホのルールを決める', owner: '山田', dueDate: '' },
  ],
  minutes: 90,
  nextVisitOn: addDays(today, 30),
};

describe('visit records', () => {
  it('turns each agreed next step into an action with its owner and date, once', async () => {
    const { api } = await company();
    const saved = await api.visits.save({ id: null, visit });
    const actions = await api.actions.list();
    expect(actions.map((a) => [a.title, a.owner, a.dueDate])).toEqual([
      ['ディスクを金庫で保管する', '佐藤', addDays(today, 14)],
      ['私物スマホのルールを決める', '山田', ''],
    ]);
    expect(saved.nextSteps.map((s) => s.actionId)).toEqual(actions.map((a) => a.id));
    // Correcting a typo in the record does not make the actions again.
    await api.visits.save({ id: saved.id, visit: { ...visit, nextSteps: saved.nextSteps, advice: '金庫で保管すること。' } });
    expect(await api.actions.list()).toHaveLength(2);
    expect((await api.visits.list())[0]!.advice).toBe('金庫で保管すること。');
  });

  it('refuses a next visit before the visit, and an unknown kind', () => {
    expect(visitInputSchema.safeParse({ ...visit, nextVisitOn: addDays(today, -1) }).error?.issues[0]).toMatchObject({ path: ['nextVisitOn'], message: 'next_before_visit' });
    expect(visitInputSchema.safeParse({ ...visit, kind: 'party' }).success).toBe(false);
    expect(visitInputSchema.safeParse({ ...visit, minutes: -5 }).success).toBe(false);
  });

  it('prepares the next visit: actions done since, overdue ones, and what was answered わからない', async () => {
    const { api } = await company();
    const first = await api.visits.save({ id: null, visit: { ...visit, date: addDays(today, -20), nextVisitOn: addDays(today, 5) } });
    const [doneOne] = await api.actions.list();
    const { id, title, owner, dueDate, note, source } = doneOne!;
    await api.actions.update({ id, title, owner, dueDate, note, source, status: 'done' });
    await api.actions.create({ title: '遅れている対策', owner: '田中', dueDate: addDays(today, -2) });
    const prep = await api.visits.prepare();
    expect(prep.lastVisit).toMatchObject({ id: first.id });
    expect(prep.nextVisitOn).toBe(addDays(today, 5));
    expect(prep.change).toMatchObject({ actionsDone: 1, newIncidents: 0 });
    expect(prep.overdueActions.map((a) => a.title)).toEqual(['遅れている対策']);
    expect(prep.unknownAnswers).toEqual([]);
  });

  it('prints one A4 page a copy (the company’s, then the supporter’s), named after the company and the day', async () => {
    const { api } = await company();
    const saved = await api.visits.save({ id: null, visit: { ...visit, findings: '長い所見。'.repeat(900) } });
    const file = await api.visits.printVisit({ id: saved.id, language: 'ja' });
    expect(file.fileName).toBe(`訪問記録_やまだ商店_${today}.pdf`);
    const pdf = Buffer.from(file.base64, 'base64');
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)).toHaveLength(2);
    const path = `${makeTempDir('otasuke-visit-pdf-')}/visit.pdf`;
    fs.writeFileSync(path, pdf);
    const pages = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }).split('\f').filter((p) => p.trim());
    expect(pages).toHaveLength(2);
    expect(pages[0]).toContain('会社控え');
    expect(pages[1]).toContain('支援者控え');
    // The same record on both, signature lines included.
    for (const page of pages) {
      expect(page).toContain('支援者 署名');
      expect(page).toContain('会社 署名');
    }
    const body = (page: string, label: string) => page.replace(label, '').replace(/\s+/g, '');
    expect(body(pages[0]!, '会社控え')).toBe(body(pages[1]!, '支援者控え'));
  });
});
