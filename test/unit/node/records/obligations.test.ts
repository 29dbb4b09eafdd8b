import { afterEach, describe, expect, it } from 'vitest';
import { addMonths, endOfMonth } from '../../../../shared/calendar/days';
import { localDay } from '../../../../shared/dates/local-day';
import { obligationsOf, type ObligationSources } from '../../../../shared/calendar/obligations';
import { byMonth, dueThisMonth, obligationHref, obligationStatus, withinHorizon } from '../../../../shared/calendar/schedule';
import { obligationTitle } from '../../../../shared/calendar/text';
import { personalDataSchema } from '../../../../shared/incidents/schema';
import type { RecordEntry } from '../../../../shared/records/schema';

const at = '2026-01-01T00:00:00.000Z';
const none: ObligationSources = { assessments: [], policy: { exists: false, publishedOn: '' }, insurance: null, contacts: [], actions: [], incidents: [], evidence: [], records: [] };
const record = (fields: Record<string, unknown>, n = 1) => ({ id: `record-${n}`, createdAt: at, updatedAt: at, ...fields }) as RecordEntry;
const due = (s: Partial<ObligationSources>, today: string) => Object.fromEntries(obligationsOf({ ...none, ...s }, today).map((o) => [o.id, o.due]));

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

describe('the calendar of obligations', () => {
  it('with no data yet: the self-check, training, restore test and drill are due today, nothing else', () => {
    expect(obligationsOf(none, '2026-12-07').map((o) => [o.id, o.due, o.lastDone])).toEqual([
      ['drill', '2026-12-07', ''],
      ['restore-test', '2026-12-07', ''],
      ['self-check', '2026-12-07', ''],
      ['training', '2026-12-07', ''],
    ]);
  });

  it('counts 12 months from the last training, drill and finished self-check; 6 from a restore test that worked', () => {
    const records = [
      record({ kind: 'training', date: '2026-03-15', content: 'x', method: 'group', attendees: '', note: '' }, 1),
      record({ kind: 'training', date: '2025-03-15', content: 'old', method: 'group', attendees: '', note: '' }, 2),
      record({ kind: 'drill', date: '2026-01-31', scenario: 'x', participants: '', findings: '' }, 3),
      record({ kind: 'restoreTest', date: '2026-08-31', restored: 'x', result: 'ok', note: '' }, 4),
    ];
    expect(due({ records, assessments: [{ completedAt: '2026-02-10T05:00:00.000Z' }, { completedAt: null }] }, '2026-12-07')).toMatchObject({
      training: '2027-03-15',
      drill: '2027-01-31',
      'restore-test': '2027-02-28',
      'self-check': '2027-02-10',
    });
  });

  it('wants a restore test again within a month when the last one failed or only partly worked', () => {
    const failed = [record({ kind: 'restoreTest', date: '2026-11-20', restored: 'x', result: 'partial', note: '' })];
    expect(due({ records: failed }, '2026-12-07')['restore-test']).toBe('2026-12-20');
  });

  it('takes the day a self-check was finished in Tokyo, not in UTC', () => {
    process.env.TZ = 'Asia/Tokyo';
    // 01:30 on 1 April in Tokyo is still 31 March in UTC.
    expect(due({ assessments: [{ completedAt: '2026-03-31T16:30:00.000Z' }] }, '2026-12-07')['self-check']).toBe('2027-04-01');
  });

  it('reviews the policy a year after it was published or last reviewed (the later), other topics only once reviewed', () => {
    const review = record({ kind: 'review', date: '2026-02-01', topic: 'policy', outcome: '' }, 1);
    const partners = record({ kind: 'review', date: '2026-05-05', topic: 'partners', outcome: '' }, 2);
    expect(due({ policy: { exists: true, publishedOn: '2026-04-01' }, records: [review, partners] }, '2026-12-07')).toMatchObject({ 'review-policy': '2027-04-01', 'review-partners': '2027-05-05' });
    expect(due({ policy: { exists: true, publishedOn: '' }, records: [] }, '2026-12-07')['review-policy']).toBe('2026-12-07');
    expect(due({ policy: { exists: false, publishedOn: '' }, records: [review] }, '2026-12-07')['review-policy']).toBeUndefined();
    expect(due({ records: [partners] }, '2026-12-07')['review-insurance']).toBeUndefined();
  });

  it('takes the insurance end, open actions with a due day, running reporting clocks and evidence review days', () => {
    const incident = {
      id: 'inc-0001',
      title: '顧客名簿の流出',
      category: 'unauthorisedAccess' as const,
      discoveredAt: '2026-12-01',
      personalData: personalDataSchema.parse({ involved: true, people: 20, financial: true }),
      reporting: { preliminarySentAt: '2026-12-03', finalSentAt: '' },
    };
    const all = obligationsOf(
      {
        ...none,
        insurance: { periodTo: '2027-03-31' },
        actions: [
          { id: 'act-001', title: 'バックアップを外に', dueDate: '2026-12-20', status: 'todo' },
          { id: 'act-002', title: '済み', dueDate: '2026-12-01', status: 'done' },
          { id: 'act-003', title: '日付なし', dueDate: '', status: 'doing' },
        ],
        incidents: [incident as unknown as ObligationSources['incidents'][number]],
        evidence: [{ id: 'ev-0001', title: '契約書', reviewBy: '2027-01-10' }, { id: 'ev-0002', title: '期限なし', reviewBy: null }],
      },
      '2026-12-07',
    );
    const byId = Object.fromEntries(all.map((o) => [o.id, o]));
    expect(byId['insurance-renewal']?.due).toBe('2027-03-31');
    expect(byId['action-act-001']).toMatchObject({ due: '2026-12-20', title: 'バックアップを外に' });
    expect(byId['action-act-002']).toBeUndefined();
    expect(byId['action-act-003']).toBeUndefined();
    // The 速報 was sent, so only the 確報 clock runs (60 days for an attack).
    expect(byId['report-inc-0001-preliminary']).toBeUndefined();
    expect(byId['report-inc-0001-final']).toMatchObject({ due: '2027-01-30', report: 'final' });
    expect(obligationHref(byId['report-inc-0001-final']!)).toBe('/incidents/inc-0001');
    expect(byId['evidence-ev-0001']?.due).toBe('2027-01-10');
    expect(byId['evidence-ev-0002']).toBeUndefined();
    expect(obligationTitle(byId['report-inc-0001-final']!, 'ja')).toBe('個人情報保護委員会への確報: 顧客名簿の流出');
    expect(obligationTitle(byId['action-act-001']!, 'en')).toBe('Action: バックアップを外に');
  });

  it('checks contacts a year after each was last checked (the contacts feature’s rule), one entry for all', () => {
    const contacts = [{ lastCheckedAt: '2026-01-15' }, { lastCheckedAt: '2026-01-20' }, { lastCheckedAt: '2026-06-01' }];
    const [check] = obligationsOf({ ...none, contacts }, '2026-12-07').filter((o) => o.kind === 'contactsCheck');
    expect(check).toMatchObject({ due: '2027-01-15', count: 2 });
    const never = obligationsOf({ ...none, contacts: [{ lastCheckedAt: '' }, ...contacts] }, '2026-12-07').find((o) => o.kind === 'contactsCheck');
    expect(never).toMatchObject({ due: '2026-12-07', count: 1 });
  });

  it('from the registers: devices are checked for updates 45 days after their last check (the register’s own rule), admin accounts a year after their last review', () => {
    const devices = [
      { updateCheckedOn: '2026-11-20', support: 'supported' as const },
      { updateCheckedOn: '2026-11-30', support: 'supported' as const },
      { updateCheckedOn: '2025-01-01', support: 'endOfLife' as const },
      { updateCheckedOn: '2026-12-01', support: 'unknown' as const },
    ];
    const admins = [{ reviewedOn: '2026-03-01' }, { reviewedOn: '2026-06-15' }];
    const byKind = Object.fromEntries(obligationsOf({ ...none, devices, admins }, '2026-12-07').map((o) => [o.kind, o]));
    // 11-20 + 45 days = 01-04; 11-30 → 01-14 and 12-01 → 01-15 fall in that month too; the device past its support is not counted.
    expect(byKind.deviceUpdates).toMatchObject({ id: 'device-updates', due: '2027-01-04', count: 3 });
    expect(byKind.adminReview).toMatchObject({ id: 'admin-review', due: '2027-03-01', count: 1 });
    expect(obligationTitle(byKind.deviceUpdates!, 'ja')).toBe('機器の更新の確認（3台）');
    expect(obligationTitle(byKind.adminReview!, 'en')).toBe('Review admin accounts (1)');
    expect(obligationHref(byKind.deviceUpdates!)).toBe('/registers/devices');
    expect(obligationHref(byKind.adminReview!)).toBe('/registers/admins');
    // A device never checked and an account never reviewed are due today.
    const never = obligationsOf({ ...none, devices: [{ updateCheckedOn: null, support: 'supported' }], admins: [{ reviewedOn: null }] }, '2026-12-07');
    expect(never.filter((o) => o.kind === 'deviceUpdates' || o.kind === 'adminReview').map((o) => [o.kind, o.due])).toEqual([
      ['adminReview', '2026-12-07'],
      ['deviceUpdates', '2026-12-07'],
    ]);
    // Empty registers add nothing.
    expect(obligationsOf(none, '2026-12-07').some((o) => o.kind === 'deviceUpdates' || o.kind === 'adminReview')).toBe(false);
  });
});

describe('months, overdue and this month', () => {
  it('does month arithmetic on calendar days, keeping to the month’s last day', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2026-12-15', 1)).toBe('2027-01-15');
    expect(endOfMonth('2028-02-03')).toBe('2028-02-29');
  });

  it('is overdue the day after its due day and "this month" up to the month’s last day', () => {
    expect(obligationStatus({ due: '2026-12-06' }, '2026-12-07')).toBe('overdue');
    expect(obligationStatus({ due: '2026-12-07' }, '2026-12-07')).toBe('thisMonth');
    expect(obligationStatus({ due: '2026-12-31' }, '2026-12-07')).toBe('thisMonth');
    expect(obligationStatus({ due: '2027-01-01' }, '2026-12-31')).toBe('later');
    expect(obligationStatus({ due: '2027-01-01' }, '2027-01-01')).toBe('thisMonth');
  });

  it('turns the month at midnight in Tokyo, not at UTC’s: 00:30 on 1 July is July there', () => {
    process.env.TZ = 'Asia/Tokyo';
    const today = localDay(new Date('2026-06-30T15:30:00Z'));
    expect(today).toBe('2026-07-01');
    const actions = [{ id: 'act-june', title: '6月末', dueDate: '2026-06-30', status: 'todo' as const }, { id: 'act-july', title: '7月末', dueDate: '2026-07-31', status: 'todo' as const }];
    const { overdue, thisMonth } = dueThisMonth(obligationsOf({ ...none, actions }, today), today);
    expect(overdue.map((o) => o.id)).toEqual(['action-act-june']);
    expect(thisMonth.map((o) => o.id)).toContain('action-act-july');
  });

  it('puts late ones first, then each month with something due, up to 12 months ahead', () => {
    const records = [record({ kind: 'training', date: '2026-01-31', content: 'x', method: 'group', attendees: '', note: '' })];
    const all = obligationsOf({ ...none, records, evidence: [{ id: 'ev-1', title: 'far', reviewBy: '2027-12-08' }, { id: 'ev-2', title: 'edge', reviewBy: '2027-12-07' }] }, '2026-12-07');
    const months = byMonth(all, '2026-12-07');
    expect(months.map((m) => m.month)).toEqual(['2026-12', '2027-01', '2027-12']);
    expect(months[1]!.items.map((o) => o.id)).toEqual(['training']);
    expect(withinHorizon(all, '2026-12-07').some((o) => o.id === 'evidence-ev-1')).toBe(false);
    const late = obligationsOf({ ...none, records }, '2027-02-02');
    expect(byMonth(late, '2027-02-02')[0]).toMatchObject({ month: '', items: [{ id: 'training' }] });
    const { overdue, thisMonth } = dueThisMonth(late, '2027-02-02');
    expect(overdue.map((o) => o.id)).toEqual(['training']);
    expect(thisMonth.map((o) => o.id)).toEqual(['drill', 'restore-test', 'self-check']);
  });
});
