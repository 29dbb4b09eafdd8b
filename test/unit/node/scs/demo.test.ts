import { describe, expect, it } from 'vitest';
import { localDay } from '../../../../shared/dates/local-day';
import { blockers, scsStar3 } from '../../../../shared/frameworks';
import { likelyStar } from '../../../../shared/scs/triage';
import { createInProcessApi } from '../../../support/in-process-api';

describe('the demo company’s ★3 workbook', () => {
  it('is about two thirds answered, with an action per gap and two confirmations, one outdated by a later change', async () => {
    const { api } = createInProcessApi();
    await api.workspaces.createDemo();
    const view = (await api.scs.current({ today: localDay() }))!;
    const answered = Object.keys(view.workbook.answers).length;
    expect(answered / 81).toBeGreaterThan(0.6);
    expect(answered / 81).toBeLessThan(0.75);
    expect(blockers(scsStar3, view.workbook.answers).length).toBeGreaterThan(20);
    const gaps = Object.values(view.workbook.answers).filter((a) => a.value === 'partly' || a.value === 'notDone');
    const actions = await api.actions.list();
    expect(gaps.length).toBeGreaterThan(0);
    for (const gap of gaps) expect(actions.some((a) => a.id === gap.actionId)).toBe(true);
    expect(view.confirmations.map((c) => [c.target.id, c.current])).toEqual([['governance', true], ['4-4-4-2', false]]);
    expect(view.workbook.history.map((h) => h.criterionId)).toEqual(['4-4-4-2']);
    expect((await api.scs.triages({})).map((t) => [t.customer, likelyStar(t)])).toEqual([['株式会社みなと精機', 'star3']]);
  });
});
