import ICAL from 'ical.js';
import { afterEach, describe, expect, it } from 'vitest';
import { obligationsIcs } from '../../../../electron/features/records/ics';
import { obligationsOf, type ObligationSources } from '../../../../shared/calendar/obligations';
import type { RecordEntry } from '../../../../shared/records/schema';

const at = '2026-01-01T00:00:00.000Z';
const sources: ObligationSources = {
  assessments: [{ completedAt: '2026-03-31T16:30:00.000Z' }],
  policy: { exists: false, publishedOn: '' },
  insurance: { periodTo: '2027-03-31' },
  contacts: [],
  actions: [{ id: 'act-001', title: 'バックアップを外に', dueDate: '2026-11-30', status: 'todo' }],
  incidents: [],
  evidence: [{ id: 'ev-far', title: '遠い', reviewBy: '2028-01-01' }],
  records: [
    { kind: 'training', date: '2026-05-20', content: 'x', method: 'group', attendees: '', note: '', id: 'rec-001', createdAt: at, updatedAt: at },
    { kind: 'restoreTest', date: '2026-10-01', restored: 'x', result: 'ok', note: '', id: 'rec-002', createdAt: at, updatedAt: at },
  ] as RecordEntry[],
};

/** The file parsed back as a calendar program would read it: uid → [day, title]. */
function readBack(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return Object.fromEntries(
    calendar.getAllSubcomponents('vevent').map((vevent) => {
      const event = new ICAL.Event(vevent);
      expect(event.startDate.isDate).toBe(true);
      expect(event.endDate.toString()).not.toBe(event.startDate.toString());
      return [event.uid, [event.startDate.toString(), event.summary]];
    }),
  );
}

const options = (language: 'ja' | 'en', now = new Date('2026-12-07T01:00:00Z')) => ({ workspaceId: 'ws-123456', companyName: 'やまだ商店', language, today: '2026-12-07', now });
const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

describe('the calendar as an .ics file', () => {
  it('holds one all-day event per obligation of the next 12 months, on its day, titled in the app’s language', () => {
    process.env.TZ = 'Asia/Tokyo';
    const events = readBack(obligationsIcs(obligationsOf(sources, '2026-12-07'), options('ja')));
    expect(events).toEqual({
      'action-act-001@ws-123456.otasuke-desk': ['2026-11-30', '対策: バックアップを外に'],
      'drill@ws-123456.otasuke-desk': ['2026-12-07', '事故対応の訓練（年1回）'],
      'restore-test@ws-123456.otasuke-desk': ['2027-04-01', 'バックアップの復元テスト'],
      'insurance-renewal@ws-123456.otasuke-desk': ['2027-03-31', 'サイバー保険の満期・更新'],
      'self-check@ws-123456.otasuke-desk': ['2027-04-01', 'セルフチェック（年1回）'],
      'training@ws-123456.otasuke-desk': ['2027-05-20', 'セキュリティ研修（年1回）'],
    });
  });

  it('writes the same days whatever the computer’s time zone, and English titles in English', () => {
    process.env.TZ = 'America/Los_Angeles';
    const events = readBack(obligationsIcs(obligationsOf(sources, '2026-12-07'), options('en')));
    expect(events['training@ws-123456.otasuke-desk']).toEqual(['2027-05-20', 'Security training (yearly)']);
    expect(events['insurance-renewal@ws-123456.otasuke-desk']).toEqual(['2027-03-31', 'Cyber insurance expiry and renewal']);
  });

  it('says in a routine’s description when it was last done, or that it never was', () => {
    const descriptions = Object.fromEntries(
      new ICAL.Component(ICAL.parse(obligationsIcs(obligationsOf(sources, '2026-12-07'), options('ja'))))
        .getAllSubcomponents('vevent')
        .map((v) => [String(v.getFirstPropertyValue('uid')).split('@')[0], String(v.getFirstPropertyValue('description') ?? '')]),
    );
    expect(descriptions).toMatchObject({ training: '（前回 2026年5月20日）', drill: '（まだ一度も記録がありません）', 'action-act-001': '' });
  });

  it('keeps each event’s UID when its day moves, with a higher SEQUENCE, so importing again updates it', () => {
    const before = obligationsIcs(obligationsOf(sources, '2026-12-07'), options('ja'));
    const trained = { ...sources, records: [...sources.records, { ...sources.records[0]!, id: 'rec-003', date: '2026-12-05' }] };
    const after = obligationsIcs(obligationsOf(trained, '2026-12-07'), options('ja', new Date('2026-12-08T01:00:00Z')));
    expect(Object.keys(readBack(after)).sort()).toEqual(Object.keys(readBack(before)).sort());
    expect(readBack(after)['training@ws-123456.otasuke-desk']![0]).toBe('2027-12-05');
    const sequence = (text: string) => new ICAL.Event(new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!).sequence;
    expect(sequence(after)).toBeGreaterThan(sequence(before));
  });
});
