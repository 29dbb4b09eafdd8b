import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { localDay } from '../../../../shared/dates/local-day';
import { addDays } from '../../../../shared/incidents/dates';
import { portfolioView, type PortfolioRow } from '../../../../shared/portfolio/row';
import { sampleCompanyCount } from '../../../../shared/portfolio/sample';
import { createInProcessApi } from '../../../support/in-process-api';

const today = localDay();

/** Every file under `dir` with its bytes, to show a query changed nothing. */
function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) out[path.join(entry.parentPath, entry.name)] = fs.readFileSync(path.join(entry.parentPath, entry.name), 'base64');
  }
  return out;
}

// Making thirty sample companies takes seconds on a loaded machine.
describe('portfolio', { timeout: 60_000 }, () => {
  it('lists every company with its score, overdue actions, running report clocks and visits, writing nothing', async () => {
    const app = createInProcessApi();
    await app.api.workspaces.create({ name: 'やまだ商店' });
    const { created } = await app.api.portfolio.createSample();
    expect(created).toBe(sampleCompanyCount);
    const before = tree(app.dataDir);
    const rows = await app.api.portfolio.list();
    expect(tree(app.dataDir)).toEqual(before);
    expect(rows).toHaveLength(sampleCompanyCount + 1);
    const own = rows.find((r) => r.name === 'やまだ商店')!;
    expect(own).toMatchObject({ score: null, lastVisitOn: '', openActions: 0, runningClocks: 0, isDemo: false });
    // The sample has leaks of card details a few days old: their report clocks run.
    expect(rows.filter((r) => r.runningClocks > 0).length).toBeGreaterThan(0);
    expect(rows.filter((r) => r.score !== null).length).toBeGreaterThan(20);
    expect(rows.filter((r) => r.lastVisitOn !== '').length).toBeGreaterThan(20);
    // The window stays where it was: the list opened no company for it.
    expect((await app.api.workspaces.get()).name).toBe('やまだ商店');
  });

  it('adds no sample company twice', async () => {
    const app = createInProcessApi();
    await app.api.portfolio.createSample();
    expect(await app.api.portfolio.createSample()).toEqual({ created: 0 });
    expect(await app.api.workspaces.list()).toHaveLength(sampleCompanyCount);
  });

  it('opens the company of a row for the window that asked', async () => {
    const app = createInProcessApi();
    await app.api.workspaces.create({ name: 'やまだ商店' });
    await app.api.portfolio.createSample();
    const row = (await app.api.portfolio.list()).find((r) => r.name !== 'やまだ商店')!;
    await app.api.workspaces.switchTo({ id: row.workspaceId });
    expect((await app.api.workspaces.get()).name).toBe(row.name);
  });
});

const row = (name: string, patch: Partial<PortfolioRow>): PortfolioRow => ({
  workspaceId: name, name, isDemo: false, industry: '', employees: null, prefecture: '', score: null, band: null, scoreChange: null,
  daysSinceCheck: null, lastVisitOn: '', daysSinceVisit: null, nextVisitOn: '', openActions: 0, overdueActions: 0,
  runningClocks: 0, overdueClocks: 0, nearestClockDays: null, contactsNeedingCheck: 0, ...patch,
});

describe('portfolio table order and filters', () => {
  const rows = [
    row('A社', { score: 80, runningClocks: 1, nearestClockDays: 3 }),
    row('B社', { score: 30, overdueActions: 2, runningClocks: 2, overdueClocks: 1, nearestClockDays: -1 }),
    row('C社', { score: null, lastVisitOn: addDays(today, -3) }),
    row('D社', { score: 55, runningClocks: 1, nearestClockDays: 1 }),
  ];
  const view = (patch: Partial<Parameters<typeof portfolioView>[1]>) => portfolioView(rows, { sort: 'name', descending: false, filter: 'all', text: '', ...patch }).map((r) => r.name);

  it('puts overdue report clocks first, then the nearest deadline', () => {
    expect(view({ sort: 'clocks', descending: true })).toEqual(['B社', 'D社', 'A社', 'C社']);
  });
  it('sorts by score either way with "no self-check yet" last', () => {
    expect(view({ sort: 'score' })).toEqual(['B社', 'D社', 'A社', 'C社']);
    expect(view({ sort: 'score', descending: true })).toEqual(['A社', 'D社', 'B社', 'C社']);
  });
  it('filters to companies needing attention, without a visit, or by name', () => {
    expect(view({ filter: 'attention' })).toEqual(['B社']);
    expect(view({ filter: 'noVisit' })).toEqual(['A社', 'B社', 'D社']);
    expect(view({ text: 'd' })).toEqual(['D社']);
  });
});
