import { describe, expect, it, vi } from 'vitest';
import { createInProcessApi } from '../../../support/in-process-api';

// A machine where DuckDB's native binary cannot load: the import itself fails.
vi.mock('@duckdb/node-api', () => {
  throw new Error('libduckdb.so: cannot open shared object file');
});

describe('without DuckDB', () => {
  it('says why the statistics are unavailable, and everything else works', async () => {
    const { api } = createInProcessApi();
    await api.workspaces.create({ name: 'やまだ商店' });
    const status = await api.statistics.status();
    expect(status.available).toBe(false);
    // The loader's own words (vitest wraps the mock's error in its own message here).
    expect(status.problem).toEqual(expect.any(String));
    await expect(api.statistics.report({})).rejects.toMatchObject({ code: 'unavailable' });
    expect((await api.portfolio.list()).map((r) => r.name)).toEqual(['やまだ商店']);
    await api.visits.save({ id: null, visit: { date: '2026-12-01', kind: 'consultation' } });
    expect(await api.visits.list()).toHaveLength(1);
  });
});
