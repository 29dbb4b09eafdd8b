import { describe, expect, it } from 'vitest';
import { dateFieldText, parseDateText } from '../../../../shared/dates/date-text';

describe('date fields in the app language, whatever the browser locale', () => {
  it('shows 2026年12月2日 in Japanese and 2026-12-02 in English', () => {
    expect(dateFieldText('2026-12-02', 'ja')).toBe('2026年12月2日');
    expect(dateFieldText('2026-12-02', 'en')).toBe('2026-12-02');
    expect(dateFieldText('', 'ja')).toBe('');
  });

  it.each([
    ['2026-12-02', '2026-12-02'],
    ['2026-12-2', '2026-12-02'],
    ['2026/12/2', '2026-12-02'],
    ['2026.12.02', '2026-12-02'],
    ['2026年12月2日', '2026-12-02'],
    ['2026 年 12 月 2 日', '2026-12-02'],
    ['２０２６年１２月２日', '2026-12-02'],
    ['２０２６／１２／０２', '2026-12-02'],
    ['20261202', '2026-12-02'],
    ['令和8年12月2日', '2026-12-02'],
    ['令和元年5月1日', '2019-05-01'],
    ['R8.12.2', '2026-12-02'],
    ['平成31年4月30日', '2019-04-30'],
    ['2 December 2026', '2026-12-02'],
    ['2 Dec 2026', '2026-12-02'],
    ['December 2, 2026', '2026-12-02'],
  ])('reads %s as %s', (typed, iso) => {
    expect(parseDateText(typed)).toBe(iso);
  });

  it.each(['', '   ', '2026-02-31', '2026-13-01', '12/02/2026', '26-12-02', 'あした', '2026年12月', '0001-01-01', '2026-12-02x'])('refuses %j', (typed) => {
    expect(parseDateText(typed)).toBeNull();
  });
});
