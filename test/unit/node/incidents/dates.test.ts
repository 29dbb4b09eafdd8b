import fc from 'fast-check';
import { expect, it } from 'vitest';
import { addDays, daysBetween } from '../../../../shared/incidents/dates';

it('matches the calendar across month ends, leap days and year ends', () => {
  expect(addDays('2028-02-27', 2)).toBe('2028-02-29');
  expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
  expect(addDays('2026-12-15', 60)).toBe('2027-02-13');
  expect(daysBetween('2026-11-25', '2026-11-20')).toBe(-5);
});

it('agrees with Date for any day and offset', () => {
  fc.assert(
    fc.property(fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2200, 0, 1) }), fc.integer({ min: -4000, max: 4000 }), (ms, offset) => {
      const day = new Date(ms).toISOString().slice(0, 10);
      const expected = new Date(Date.UTC(+day.slice(0, 4), +day.slice(5, 7) - 1, +day.slice(8, 10) + offset)).toISOString().slice(0, 10);
      expect(addDays(day, offset)).toBe(expected);
      expect(daysBetween(day, expected)).toBe(offset);
    }),
  );
});
