import type { IncidentCategory } from '../incidents/schema';
import type { Industry, Prefecture } from '../profile/options';
import { questionIds, type QuestionId } from '../self-check/question-ids';
import type { AnswerValue } from '../self-check/scoring';
import type { VisitKind } from '../visits/schema';

/**
 * One company as the anonymised statistics see it: no name, no free text, no identifier, only
 * categories, bands and counts. Version 1 of the exported file's schema (README "Statistics file").
 */
export const statisticsSchemaVersion = 1;

export const sizeBands = ['1-5', '6-20', '21-50', '51-100', '101-300', '301+', 'unknown'] as const;
export type SizeBand = (typeof sizeBands)[number];

export function sizeBandOf(employees: number | null): SizeBand {
  if (employees === null || employees <= 0) return 'unknown';
  if (employees <= 5) return '1-5';
  if (employees <= 20) return '6-20';
  if (employees <= 50) return '21-50';
  if (employees <= 100) return '51-100';
  if (employees <= 300) return '101-300';
  return '301+';
}

/** Incident costs in bands (yen), never the amount: an exact figure can identify a case. */
export const costBands = ['0', '1-99999', '100000-999999', '1000000-9999999', '10000000+'] as const;
export type CostBand = (typeof costBands)[number];

export function costBandOf(yen: number): CostBand {
  if (yen <= 0) return '0';
  if (yen < 100_000) return '1-99999';
  if (yen < 1_000_000) return '100000-999999';
  if (yen < 10_000_000) return '1000000-9999999';
  return '10000000+';
}

/** What "suppressed" looks like in a quasi-identifier column after the k-anonymity step. */
export const suppressed = '*';

export interface IncidentCount {
  year: number;
  category: IncidentCategory;
  n: number;
}

export interface VisitCount {
  year: number;
  kind: VisitKind;
  n: number;
  minutes: number;
}

export interface CompanyFacts {
  schema_version: number;
  industry: Industry | '' | typeof suppressed;
  size_band: SizeBand | typeof suppressed;
  prefecture: Prefecture | '' | typeof suppressed;
  score: number | null;
  band: string | null;
  part1_pct: number | null;
  part2_pct: number | null;
  part3_pct: number | null;
  /** q01…q25: the latest finished self-check's answers (yes/partly/no/unknown), null when none. */
  answers: Partial<Record<QuestionId, AnswerValue>>;
  incidents: IncidentCount[];
  cost_band: CostBand;
  visits: VisitCount[];
}

/** The columns a version 1 file has, in order, with their DuckDB types: nothing else is accepted. */
export const factColumns: [name: string, type: string][] = [
  ['schema_version', 'INTEGER'],
  ['industry', 'VARCHAR'],
  ['size_band', 'VARCHAR'],
  ['prefecture', 'VARCHAR'],
  ['score', 'INTEGER'],
  ['band', 'VARCHAR'],
  ['part1_pct', 'INTEGER'],
  ['part2_pct', 'INTEGER'],
  ['part3_pct', 'INTEGER'],
  ...questionIds.map((q): [string, string] => [q, 'VARCHAR']),
  ['incidents', 'STRUCT("year" INTEGER, category VARCHAR, n INTEGER)[]'],
  ['cost_band', 'VARCHAR'],
  ['visits', 'STRUCT("year" INTEGER, kind VARCHAR, n INTEGER, minutes INTEGER)[]'],
];
