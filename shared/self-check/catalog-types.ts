import type { QuestionId } from './question-ids';
import type { Language } from '../settings/schema';

export type CatalogPart = 1 | 2 | 3;

/** One question's words in one language. */
export interface QuestionText {
  /** A short tag for lists and chart labels. */
  label: string;
  question: string;
  /** What can go wrong if the measure is skipped. */
  why: string;
  /** What to do: our own summary of common countermeasures. */
  todo: string;
}

export interface CatalogQuestion {
  id: QuestionId;
  part: CatalogPart;
  /** 1-based position in the sheet. */
  number: number;
  /** Part 1 questions that are also one of the 情報セキュリティ5か条 (1–5). */
  fiveRule: number | null;
  text: Record<Language, QuestionText>;
}

export interface Catalog {
  id: string;
  version: string;
  questions: CatalogQuestion[];
}
