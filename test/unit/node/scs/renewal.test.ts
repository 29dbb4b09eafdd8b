import { describe, expect, it } from 'vitest';
import { localDay } from '../../../../shared/dates/local-day';
import { scsVersion } from '../../../../shared/frameworks';
import { createInProcessApi } from '../../../support/in-process-api';

const today = localDay();

describe('renewing ★3 every year', () => {
  it('puts the expiry a year after the pledge into the calendar; the next year starts from this year’s answers to re-confirm, and the two years compare', async () => {
    const { api } = createInProcessApi();
    await api.workspaces.create({ name: 'やまだ商店' });
    const first = await api.scs.start({ year: 2026 });
    await api.scs.answer({ workbookId: first.id, frameworkVersion: scsVersion, criterionId: '4-4-4-2', answer: { value: 'partly' } });
    await api.scs.answer({ workbookId: first.id, frameworkVersion: scsVersion, criterionId: '1-3-1-1', answer: { value: 'done' } });
    expect((await api.records.calendar({ today })).some((o) => o.kind === 'scsRenewal')).toBe(false);

    await api.scs.setPledged({ workbookId: first.id, pledgedOn: '2026-06-15' });
    const renewal = (await api.records.calendar({ today })).find((o) => o.kind === 'scsRenewal');
    expect(renewal).toMatchObject({ due: '2027-06-15', lastDone: '2026-06-15' });

    const second = await api.scs.start({ year: 2027 });
    expect(second.reconfirm.sort()).toEqual(['1-3-1-1', '4-4-4-2']);
    expect(second.pledgedOn).toBeNull();
    await api.scs.answer({ workbookId: second.id, frameworkVersion: scsVersion, criterionId: '4-4-4-2', answer: { value: 'done' } });
    const view = (await api.scs.current({ today }))!;
    expect(view.workbook.year).toBe(2027);
    expect(view.workbook.reconfirm).toEqual(['1-3-1-1']);
    expect(view.previous).toEqual({ year: 2026, answers: { '4-4-4-2': 'partly', '1-3-1-1': 'done' } });
    // The first year's record is untouched by the second.
    await api.scs.start({ year: 2026 });
    expect((await api.scs.start({ year: 2026 })).answers['4-4-4-2']!.value).toBe('partly');
  });
});
