import { describe, expect, it } from 'vitest';
import { reportCell, suppressSmallGroups } from '../../../../shared/statistics/k-anonymity';
import { facts } from './fixture';

const osakaMfg = { industry: 'manufacturing', size_band: '6-20', prefecture: 'osaka' } as const;

describe('k-anonymity', () => {
  it('keeps groups of k or more as they are', () => {
    const rows = Array.from({ length: 5 }, () => facts(osakaMfg));
    expect(suppressSmallGroups(rows, 5)).toEqual(rows);
  });

  it('gives up the prefecture first, then the industry, so every company hides among at least k', () => {
    const rows = [
      ...Array.from({ length: 3 }, () => facts(osakaMfg)),
      ...Array.from({ length: 2 }, () => facts({ ...osakaMfg, prefecture: 'kyoto' })),
      ...Array.from({ length: 4 }, () => facts({ industry: 'retail', size_band: '6-20', prefecture: 'osaka' })),
      facts({ industry: 'it', size_band: '6-20', prefecture: 'nara' }),
    ];
    const out = suppressSmallGroups(rows, 5);
    expect(out).toHaveLength(10);
    // The five manufacturers lose only their prefecture; the retailer group of 4 and the lone IT firm lose the industry too.
    expect(out.filter((r) => r.industry === 'manufacturing').map((r) => r.prefecture)).toEqual(Array(5).fill('*'));
    expect(out.filter((r) => r.industry === '*')).toHaveLength(5);
    const groups = new Map<string, number>();
    for (const r of out) groups.set(`${r.prefecture}|${r.industry}|${r.size_band}`, (groups.get(`${r.prefecture}|${r.industry}|${r.size_band}`) ?? 0) + 1);
    expect(Math.min(...groups.values())).toBeGreaterThanOrEqual(5);
  });

  it('leaves out companies that cannot hide at all (fewer than k in the whole file)', () => {
    expect(suppressSmallGroups([facts(osakaMfg), facts(osakaMfg)], 5)).toEqual([]);
  });

  it('shows small counts as "<k"', () => {
    expect([0, 1, 4, 5, 12].map((n) => reportCell(n, 5))).toEqual([0, '<5', '<5', 5, 12]);
  });
});
