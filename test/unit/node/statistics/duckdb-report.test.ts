import fs from 'node:fs';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { factColumns } from '../../../../shared/statistics/facts';
import { factsFile, factsReport } from '../../../../electron/features/statistics';
import { makeTempDir } from '../../../support/temp-dir';
import { fixture } from './fixture';

async function describeParquet(file: string) {
  const db = await DuckDBInstance.create(':memory:');
  const connection = await db.connect();
  const rows = (await connection.runAndReadAll(`DESCRIBE SELECT * FROM read_parquet('${file}')`)).getRowObjectsJson();
  connection.closeSync();
  db.closeSync();
  return rows.map((r) => String(r.column_name));
}

async function withColumns(file: string, sql: string) {
  const db = await DuckDBInstance.create(':memory:');
  const connection = await db.connect();
  await connection.run(`COPY (${sql}) TO '${file}' (FORMAT PARQUET)`);
  connection.closeSync();
  db.closeSync();
}

describe('statistics with DuckDB', { timeout: 60_000 }, () => {
  it('writes Parquet with exactly the documented columns: no name, no identifier', async () => {
    const dir = makeTempDir('otasuke-stats-');
    const file = path.join(dir, 'facts.parquet');
    fs.writeFileSync(file, await factsFile(fixture, 'parquet'));
    const columns = await describeParquet(file);
    expect(columns).toEqual(factColumns.map(([name]) => name));
    expect(columns.filter((c) => /name|id$|title|note|text|email|phone/i.test(c))).toEqual([]);
    const csv = (await factsFile(fixture, 'csv')).toString('utf8');
    expect(csv.split('\n')[0]).toBe(factColumns.map(([name]) => name).join(','));
    expect(csv.trim().split('\n')).toHaveLength(fixture.length + 1);
  });

  it('computes the pilot-report tables as counted by hand', async () => {
    const report = await factsReport(fixture, [], 5);
    expect(report).toMatchObject({ participants: 7, consultations: 6, onSite: 1, minutes: 390, incidents: 4 });
    expect(report.byIndustry).toEqual([
      { key: 'manufacturing', companies: 5, consultations: 3, incidents: 3, onSite: 0, visits: 4 },
      // Two shops: fewer than k, so nothing but "<5".
      { key: 'retail', companies: '<5', consultations: null, incidents: null, onSite: null, visits: null },
    ]);
    expect(report.scoreBands).toEqual([{ band: 'gaps', companies: '<5' }, { band: 'none', companies: '<5' }, { band: 'urgent', companies: '<5' }]);
    expect(report.weakQuestions).toEqual([{ question: 'q01', weak: 3, answered: 3 }, { question: 'q02', weak: 2, answered: 3 }]);
    expect(report.visitsByKind).toEqual([{ kind: 'consultation', n: 6, minutes: 240 }, { kind: 'onSite', n: 1, minutes: 120 }, { kind: 'visit', n: 1, minutes: 30 }]);
  });

  it('merges several supporters’ files and refuses bad ones with the reason', async () => {
    const dir = makeTempDir('otasuke-stats-');
    const good = path.join(dir, 'other.parquet');
    fs.writeFileSync(good, await factsFile(fixture, 'parquet'));
    const text = path.join(dir, 'notes.parquet');
    fs.writeFileSync(text, 'company,score\nやまだ商店,40\n');
    const named = path.join(dir, 'named.parquet');
    await withColumns(named, `SELECT *, 'やまだ商店' AS company_name FROM read_parquet('${good}')`);
    const future = path.join(dir, 'future.parquet');
    await withColumns(future, `SELECT * REPLACE (2 AS schema_version) FROM read_parquet('${good}')`);
    const report = await factsReport(fixture, [
      { name: 'other.parquet', file: good },
      { name: 'notes.parquet', file: text },
      { name: 'named.parquet', file: named },
      { name: 'future.parquet', file: future },
    ], 5);
    expect(report.participants).toBe(14);
    expect(report.sources).toEqual({ ownCompanies: 7, files: 1, fileCompanies: 7 });
    expect(report.refused).toEqual([
      { name: 'notes.parquet', problem: 'not_parquet', columns: [] },
      { name: 'named.parquet', problem: 'identifying_columns', columns: ['company_name'] },
      { name: 'future.parquet', problem: 'unknown_version', columns: [] },
    ]);
  });
});
