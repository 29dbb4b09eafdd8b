import { z } from 'zod';
import { query } from '../api/endpoint';
import type { GeneratedFile } from '../files/schema';
import { noInput } from '../schemas/common';
import { defaultK } from './k-anonymity';
import type { StatisticsReport } from './report';

/** The smallest group size a supporter may choose; below it the suppression means little. */
const kSchema = z.number().int().min(2).max(50).default(defaultK);

/** A statistics file another supporter sent: its name (for messages only) and its bytes. */
export const statisticsFileSchema = z.object({ name: z.string().max(200), base64: z.string().max(14_000_000).regex(/^[A-Za-z0-9+/]*={0,2}$/) }).strict();
export const statisticsFileLimits = { files: 20, bytes: 10 * 1024 * 1024 } as const;

/** Anonymised statistics across every company on this computer (app-scoped), computed with DuckDB. */
export const statisticsContract = {
  /** Whether DuckDB loads here; without it only the statistics are unavailable. */
  status: query<{ available: boolean; problem: string | null }>()(noInput, { reads: [], scope: 'app' }),
  /** Per-company facts, no name, no text, no identifier, small groups suppressed: Parquet or CSV. */
  exportFacts: query<GeneratedFile>()(z.object({ format: z.enum(['parquet', 'csv']), k: kSchema }).strict(), { reads: ['*'], scope: 'app' }),
  /** The pilot-report tables over this computer's companies and any statistics files added. */
  report: query<StatisticsReport>()(
    z.object({ k: kSchema, files: z.array(statisticsFileSchema).max(statisticsFileLimits.files).default([]), includeOwn: z.boolean().default(true) }).strict(),
    { reads: ['*'], scope: 'app' },
  ),
};
