import fs from 'node:fs';
import path from 'node:path';
import { suppressSmallGroups } from '../../../shared/statistics/k-anonymity';
import type { CompanyFacts } from '../../../shared/statistics/facts';
import type { RefusedFile, StatisticsReport } from '../../../shared/statistics/report';
import { sqlPath, withDuckDb } from '../../services/duckdb';
import type { Workspaces } from '../../services/workspaces';
import { checkFactsFile } from './check-file';
import { companyFacts } from './collect';
import { copyFacts, loadFacts, tempFolder } from './facts-file';
import { reportTables } from './report-queries';

/** Every company on this computer as anonymised facts, small groups suppressed (read-only). */
export function collectFacts(workspaces: Workspaces, k: number): CompanyFacts[] {
  return suppressSmallGroups(workspaces.list().map((meta) => companyFacts(workspaces.get(meta.id))), k);
}

async function inTempFolder<T>(work: (folder: string) => Promise<T>): Promise<T> {
  const folder = tempFolder();
  try {
    return await work(folder);
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

/** The facts as a Parquet file (DuckDB's COPY … FORMAT PARQUET) or CSV. */
export function factsFile(rows: readonly CompanyFacts[], format: 'parquet' | 'csv'): Promise<Buffer> {
  return withDuckDb((connection) => inTempFolder(async (folder) => {
    await loadFacts(connection, rows, folder);
    return copyFacts(connection, folder, format);
  }));
}

/** A statistics file to add: its name for messages, and where its bytes are. */
export interface FactsSource {
  name: string;
  file: string;
}

/**
 * The report over `own` (this computer's facts) and the files given: each file is checked first
 * (Parquet, the version 1 columns and nothing else, a known version) and refused with a reason
 * otherwise; the accepted ones are read by DuckDB together with the own facts.
 */
export function factsReport(own: readonly CompanyFacts[], files: readonly FactsSource[], k: number): Promise<StatisticsReport> {
  return withDuckDb((connection) => inTempFolder(async (folder) => {
    await loadFacts(connection, own, folder);
    const refused: RefusedFile[] = [];
    const accepted: string[] = [];
    for (const source of files) {
      const problem = await checkFactsFile(connection, source.file);
      if (problem) refused.push({ name: source.name, ...problem });
      else accepted.push(source.file);
    }
    const fromFiles = accepted.length ? ` UNION ALL BY NAME SELECT * FROM read_parquet([${accepted.map(sqlPath).join(', ')}])` : '';
    await connection.run(`CREATE TEMP VIEW all_facts AS SELECT * FROM facts${fromFiles}`);
    const fileCompanies = accepted.length ? Number((await connection.runAndReadAll(`SELECT count(*) AS n FROM read_parquet([${accepted.map(sqlPath).join(', ')}])`)).getRowObjectsJson()[0]!.n) : 0;
    const tables = await reportTables(connection, k);
    return { ...tables, sources: { ownCompanies: own.length, files: accepted.length, fileCompanies }, refused };
  }));
}

/** Writes uploaded files (base64) into a private folder for DuckDB, then runs `work` on them. */
export async function withUploadedFiles<T>(uploads: readonly { name: string; bytes: Buffer }[], work: (files: FactsSource[]) => Promise<T>): Promise<T> {
  return inTempFolder(async (folder) => {
    const files = uploads.map((upload, i) => {
      const file = path.join(folder, `input-${i}.parquet`);
      fs.writeFileSync(file, upload.bytes, { mode: 0o600 });
      return { name: upload.name, file };
    });
    return work(files);
  });
}
