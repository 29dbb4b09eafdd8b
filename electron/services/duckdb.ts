import type * as DuckDbNodeApi from '@duckdb/node-api';
import type { DuckDBConnection } from '@duckdb/node-api';
import { AppError } from '../../shared/api/result';

type DuckDbModule = typeof DuckDbNodeApi;

let loaded: Promise<DuckDbModule | Error> | null = null;

/**
 * DuckDB is a native package: on a machine where its binary cannot load, only the statistics
 * are unavailable. It is imported on first use (never at start-up), inside try/catch, and the
 * bundler keeps it external (electron.vite.config.ts), so the rest of the app never depends on it.
 */
async function duckDb(): Promise<DuckDbModule | Error> {
  loaded ??= import('@duckdb/node-api').catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))));
  return loaded;
}

/** Why DuckDB is not there, or null when it loads: for the statistics page and the CLI. */
export async function duckDbProblem(): Promise<string | null> {
  const module = await duckDb();
  return module instanceof Error ? module.message : null;
}

/** Runs `work` on a fresh in-memory database, closed afterwards; `unavailable` when DuckDB cannot load. */
export async function withDuckDb<T>(work: (connection: DuckDBConnection) => Promise<T>): Promise<T> {
  const module = await duckDb();
  if (module instanceof Error) throw new AppError('unavailable', `duckdb: ${module.message}`);
  const instance = await module.DuckDBInstance.create(':memory:', { threads: '1' });
  const connection = await instance.connect();
  try {
    return await work(connection);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

/** A path inside SQL text: single quotes doubled (DuckDB's COPY and read_parquet take no parameters for it). */
export function sqlPath(file: string): string {
  return `'${file.replace(/'/g, "''")}'`;
}
