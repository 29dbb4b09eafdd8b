import fs from 'node:fs';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { expect, it } from 'vitest';
import { createSamplePortfolio } from '../../electron/features/portfolio';
import { factsFile, factsReport } from '../../electron/features/statistics';
import { createApi } from '../../electron/services/create-api';
import { incidentCategories } from '../../shared/incidents/schema';
import { industries, prefectures } from '../../shared/profile/options';
import { questionIds } from '../../shared/self-check/question-ids';
import { answerValues } from '../../shared/self-check/scoring';
import { costBands, sizeBands, statisticsSchemaVersion, type CompanyFacts } from '../../shared/statistics/facts';
import { visitKinds } from '../../shared/visits/schema';
import { makeTempDir } from '../support/temp-dir';
import { medianMs, recordRatio } from './support';

it('the portfolio of 210 companies answers within 2× of one company’s home page', async () => {
  const { services, dispatch } = createApi({ dataDir: makeTempDir('otasuke-bench-'), platform: { host: 'browser', appVersion: 'bench' } });
  // Seven rounds of the 30-company sample, renamed after each round so the next one is made too.
  for (let round = 0; round < 7; round += 1) {
    for (const ws of createSamplePortfolio(services)) services.workspaces.rename(ws.id, `${ws.meta.get()!.name} ${round}`);
  }
  const companies = services.workspaces.list();
  expect(companies).toHaveLength(210);
  const one = companies[1]!.id;
  // What the home page asks for one company (its panels' queries), as the window sends them.
  const homeChannels = ['workspaces:get', 'profile:get', 'incidents:overview', 'actions:list', 'selfCheck:list', 'contacts:list', 'evidence:list', 'visits:list'];
  const home = async () => {
    for (const channel of homeChannels) expect((await dispatch(channel, { workspaceId: one })).ok).toBe(true);
  };
  const portfolio = async () => {
    const result = await dispatch('portfolio:list', {});
    expect(result.ok && (result.value as unknown[]).length).toBe(210);
  };
  const homeMs = await medianMs(home, 15, 3);
  const portfolioMs = await medianMs(portfolio, 15, 3);
  const ratio = recordRatio({
    name: 'portfolio-210',
    measured: 'portfolio:list over 210 sample companies (each read-only, warm stores)',
    baseline: 'the home page queries of one of them',
    value: portfolioMs,
    baselineValue: homeMs,
    unit: 'ms',
    target: 2,
  });
  console.log(`portfolio ${portfolioMs.toFixed(1)} ms, home ${homeMs.toFixed(1)} ms, ratio ${ratio.toFixed(2)}`);
});

/** A small deterministic generator, so every run measures the same file. */
function generator(seed: number) {
  let state = seed;
  return (n: number) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % n;
  };
}

function syntheticFacts(count: number): CompanyFacts[] {
  const pick = generator(7);
  const any = <T>(list: readonly T[]) => list[pick(list.length)]!;
  return Array.from({ length: count }, () => {
    const score = pick(126) - 25;
    return {
      schema_version: statisticsSchemaVersion,
      industry: any(industries.slice(0, 6)),
      size_band: any(sizeBands.slice(0, 4)),
      prefecture: any(prefectures.slice(25, 30)),
      score,
      band: score >= 100 ? 'complete' : score >= 70 ? 'mostly' : score >= 50 ? 'gaps' : 'urgent',
      part1_pct: pick(101),
      part2_pct: pick(101),
      part3_pct: pick(101),
      answers: Object.fromEntries(questionIds.map((q) => [q, any(answerValues)])),
      incidents: Array.from({ length: pick(4) }, () => ({ year: 2022 + pick(5), category: any(incidentCategories), n: 1 + pick(3) })),
      cost_band: any(costBands),
      visits: Array.from({ length: pick(5) }, () => ({ year: 2024 + pick(3), kind: any(visitKinds), n: 1 + pick(4), minutes: 15 + pick(120) })),
    };
  });
}

it('DuckDB statistics over 10,000 companies cost within 3× of reading the file once', async () => {
  const file = path.join(makeTempDir('otasuke-bench-'), 'facts.parquet');
  fs.writeFileSync(file, await factsFile(syntheticFacts(10_000), 'parquet'));
  const report = () => factsReport([], [{ name: 'facts.parquet', file }], 5);
  expect((await report()).participants).toBe(10_000);
  // The baseline: a fresh DuckDB reading every row and column of the same file once.
  const readOnce = async () => {
    const db = await DuckDBInstance.create(':memory:', { threads: '1' });
    const connection = await db.connect();
    const rows = await connection.runAndReadAll(`SELECT * FROM read_parquet('${file}')`);
    expect(rows.currentRowCount).toBe(10_000);
    connection.closeSync();
    db.closeSync();
  };
  const reportMs = await medianMs(report, 9, 2);
  const readMs = await medianMs(readOnce, 9, 2);
  const ratio = recordRatio({
    name: 'statistics-duckdb-10k',
    measured: 'pilot-report tables over 10,000 synthetic companies (file check + 7 queries)',
    baseline: 'DuckDB reading the same Parquet file once (all rows and columns)',
    value: reportMs,
    baselineValue: readMs,
    unit: 'ms',
    target: 3,
  });
  console.log(`report ${reportMs.toFixed(1)} ms, read once ${readMs.toFixed(1)} ms, ratio ${ratio.toFixed(2)}`);
});
