import type { DuckDBConnection } from '@duckdb/node-api';
import { factColumns, statisticsSchemaVersion } from '../../../shared/statistics/facts';
import type { FileProblem } from '../../../shared/statistics/report';
import { sqlPath } from '../../services/duckdb';

const normalise = (type: string) => type.replace(/\s+/g, '').replace(/"/g, '').toUpperCase();
const expected = new Map(factColumns.map(([name, type]) => [name, normalise(type)]));

/**
 * Whether a file is a statistics file this version reads: Parquet, exactly the version 1
 * columns (a column added, e.g. a name or an id, is refused: the file is then not anonymous),
 * and only schema versions this app knows.
 */
export async function checkFactsFile(connection: DuckDBConnection, file: string): Promise<{ problem: FileProblem; columns: string[] } | null> {
  let described: { column_name: string; column_type: string }[];
  try {
    described = (await connection.runAndReadAll(`DESCRIBE SELECT * FROM read_parquet(${sqlPath(file)})`)).getRowObjectsJson() as typeof described;
  } catch {
    return { problem: 'not_parquet', columns: [] };
  }
  const extra = described.filter((c) => !expected.has(c.column_name)).map((c) => c.column_name);
  if (extra.length) return { problem: 'identifying_columns', columns: extra };
  const present = new Map(described.map((c) => [c.column_name, normalise(c.column_type)]));
  const wrong = [...expected].filter(([name, type]) => present.get(name) !== type).map(([name]) => name);
  if (wrong.length) return { problem: 'wrong_columns', columns: wrong };
  const versions = (await connection.runAndReadAll(`SELECT DISTINCT schema_version AS v FROM read_parquet(${sqlPath(file)})`)).getRowObjectsJson();
  if (versions.some((row) => Number(row.v) !== statisticsSchemaVersion)) return { problem: 'unknown_version', columns: [] };
  return null;
}
