import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { latestOf, recordEntrySchema, recordInputSchema, type RecordEntry } from '../../../../shared/records/schema';

const messages = (input: unknown) => {
  const result = recordInputSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('record schemas', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-12-07T10:00:00'));
  });
  afterEach(() => vi.useRealTimers());

  it('takes a training with its content, method and who attended, and fills the blanks', () => {
    const parsed = recordInputSchema.parse({ kind: 'training', date: '2026-12-07', content: '不審メールの見分け方', attendees: '山田、佐藤' });
    expect(parsed).toEqual({ kind: 'training', date: '2026-12-07', content: '不審メールの見分け方', method: 'group', attendees: '山田、佐藤', note: '' });
  });

  it('refuses a day that has not come yet for something already done, with our own message key', () => {
    expect(messages({ kind: 'drill', date: '2026-12-08', scenario: 'ランサムウェア' })).toEqual(['date: date_in_future']);
    expect(messages({ kind: 'review', date: '2027-01-01', topic: 'policy' })).toEqual(['date: date_in_future']);
  });

  it('asks for what was restored and how it went, and for content, scenario and topic', () => {
    expect(messages({ kind: 'restoreTest', date: '2026-12-01', restored: '', result: '' })).toEqual(['restored: required', 'result: invalid_value']);
    expect(messages({ kind: 'training', date: '2026-12-01', content: '  ' })).toEqual(['content: required']);
    expect(messages({ kind: 'review', date: '2026-12-01', topic: 'contacts' })).toHaveLength(1);
    expect(messages({ kind: 'training', date: '2026-02-30', content: 'x' })).toHaveLength(1);
  });

  it('keeps a stored record whatever its date (a wrong clock must not make a file look corrupt)', () => {
    const stored = { kind: 'drill', date: '2030-01-01', scenario: 'x', participants: '', findings: '', id: 'abcdef12', createdAt: '2026-12-07T01:00:00.000Z', updatedAt: '2026-12-07T01:00:00.000Z' };
    expect(recordEntrySchema.safeParse(stored).success).toBe(true);
    expect(recordEntrySchema.safeParse({ ...stored, extra: 1 }).success).toBe(false);
  });

  it('finds the latest record of a kind by the day it was done', () => {
    const at = '2026-12-07T01:00:00.000Z';
    const records = [
      { kind: 'restoreTest', date: '2026-05-01', restored: 'a', result: 'ok', note: '', id: 'rrrrrr1', createdAt: at, updatedAt: at },
      { kind: 'restoreTest', date: '2026-09-01', restored: 'b', result: 'failed', note: '', id: 'rrrrrr2', createdAt: at, updatedAt: at },
      { kind: 'review', date: '2026-10-01', topic: 'policy', outcome: '', id: 'rrrrrr3', createdAt: at, updatedAt: at },
    ] as RecordEntry[];
    expect(latestOf(records, 'restoreTest')?.restored).toBe('b');
    expect(latestOf(records, 'review', (r) => r.topic === 'insurance')).toBeNull();
    expect(latestOf([], 'training')).toBeNull();
  });
});
