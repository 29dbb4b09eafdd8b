import type { QuestionId } from '../self-check/question-ids';

/** A count as shown: the number, or "<k" when fewer than k companies stand behind it. */
export type Cell = number | string;

/** One line of a pilot-report table (by industry or by size band). */
export interface GroupRow {
  key: string;
  companies: Cell;
  /** Null when the group is too small to show anything but "<k" companies. */
  consultations: number | null;
  incidents: number | null;
  onSite: number | null;
  visits: number | null;
}

/** Why a statistics file was refused: shown to the user with the file's name. */
export type FileProblem = 'not_parquet' | 'unknown_version' | 'identifying_columns' | 'wrong_columns' | 'too_large';

export interface RefusedFile {
  name: string;
  problem: FileProblem;
  /** The unexpected (or missing) columns, for `identifying_columns` and `wrong_columns`. */
  columns: string[];
}

/** The tables of the pilots' reports (research-2026 §4.2), over one or more supporters' files. */
export interface StatisticsReport {
  k: number;
  /** This computer's companies, and the companies from the files added. */
  sources: { ownCompanies: number; files: number; fileCompanies: number };
  participants: number;
  consultations: number;
  incidents: number;
  onSite: number;
  minutes: number;
  byIndustry: GroupRow[];
  bySize: GroupRow[];
  /** Companies per score band ('none' = no finished self-check). */
  scoreBands: { band: string; companies: Cell }[];
  /** The questions most often answered "no" or "don't know", worst first. */
  weakQuestions: { question: QuestionId; weak: number; answered: number }[];
  incidentsByCategory: { category: string; n: Cell }[];
  visitsByKind: { kind: string; n: number; minutes: number }[];
  refused: RefusedFile[];
}
