import { afterEach, describe, expect, it } from 'vitest';
import { localDay } from '../../../../shared/dates/local-day';

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

describe('localDay', () => {
  it('is the calendar day on the user’s clock, not UTC’s', () => {
    process.env.TZ = 'Asia/Tokyo';
    // 08:30 on the 25th in Tokyo is still the 24th in UTC.
    expect(localDay(new Date('2026-11-24T23:30:00Z'))).toBe('2026-11-25');
    process.env.TZ = 'America/Los_Angeles';
    expect(localDay(new Date('2026-11-25T03:00:00Z'))).toBe('2026-11-24');
  });

  it('pads month, day and year', () => {
    process.env.TZ = 'UTC';
    expect(localDay(new Date('0999-01-05T12:00:00Z'))).toBe('0999-01-05');
  });

  it('defaults to now', () => {
    process.env.TZ = 'UTC';
    expect(localDay()).toBe(new Date().toISOString().slice(0, 10));
  });
});
