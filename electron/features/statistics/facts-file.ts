import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { factColumns, type CompanyFacts } from '../../../shared/statistics/facts';
import { questionIds } from '../../../shared/self-check/question-ids';
import { sqlPath } from '../../services/duckdb';

/** A private temporary folder (0700) for DuckDB's files, removed by the caller's `finally`. */
export function tempFolder(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'otasuke-stats-'));
}

/** The facts as DuckDB reads them: one JSON object per line, answers as q01…q25 columns. */
function jsonLines(rows: readonly CompanyFacts[]): string {
  return rows
    .map(({ answers, ...row }) => JSON.stringify({ ...row, ...Object.fromEntries(questionIds.map((q) => [q, answers[q] ?? null])) }))
    .join('\n');
}

/** Loads the facts into table `facts` with exactly the version 1 columns and types. */
export async function loadFacts(connection: DuckDBConnection, rows: readonly CompanyFacts[], folder: string): Promise<void> {
  const columns = factColumns.map(([name, type]) => `${name}: '${type.replace(/'/g, "''")}'`).join(', ');
  if (rows.length === 0) {
    await connection.run(`CREATE TABLE facts (${factColumns.map(([name, type]) => `${name} ${type}`).join(', ')})`);
    return;
  }
  const input = path.join(folder, 'facts.jsonl');
  fs.writeFileSync(input, jsonLines(rows), { mode: 0o600 });
  await connection.run(`CREATE TABLE facts AS SELECT ${factColumns.map(([name]) => name).join(', ')} FROM read_json(${sqlPath(input)}, format = 'newline_delimited', columns = {${columns}})`);
}

/** Writes table `facts` as Parquet (DuckDB's COPY … FORMAT PARQUET) or CSV and returns the bytes. */
export async function copyFacts(connection: DuckDBConnection, folder: string, format: 'parquet' | 'csv'): Promise<Buffer> {
  const output = path.join(folder, `facts.${format}`);
  const options = format === 'parquet' ? '(FORMAT PARQUET)' : '(FORMAT CSV, HEADER true)';
  await connection.run(`COPY facts TO ${sqlPath(output)} ${options}`);
  return fs.readFileSync(output);
}
