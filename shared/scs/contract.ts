import { z } from 'zod';
import { command, query } from '../api/endpoint';
import type { GeneratedFile } from '../files/schema';
import { id, isoDate, longText } from '../schemas/common';
import { languageSchema } from '../settings/schema';
import type { ConfirmationStatus } from './binding';
import type { Proposal } from './proposals';
import { triageInputSchema, type Triage } from './triage';
import { answerFieldsSchema, confirmationTargetSchema, criterionIdSchema, expertInputSchema, scsVersionSchema, type Workbook } from './schema';

/** One piece of evidence as a criterion lists it (title, day, the file's hash prefix). */
export interface LinkedEvidence {
  id: string;
  title: string;
  appliesOn: string;
  hashPrefix: string | null;
}

/** The workbook with everything the page shows around it. */
export interface WorkbookView {
  workbook: Workbook;
  /** Suggestions from the company's other data for criteria not yet answered the same way. */
  proposals: Proposal[];
  confirmations: ConfirmationStatus[];
  evidence: Record<string, LinkedEvidence[]>;
  /** The data fingerprint of the whole workbook (what the package prints on every page). */
  fingerprint: string;
  /** The year before's answer values, to compare the two years; null for a first year. */
  previous: { year: number; answers: Record<string, string> } | null;
  /** The imported official file: what it is and how it matches ours (its wording by id in `texts`). */
  official: (OfficialReport & { texts: Record<string, string> }) | null;
}

export interface OfficialReport {
  fileName: string;
  sha256: string;
  version: string;
  importedAt: string;
  matched: number;
  missingInFile: string[];
  extraInFile: string[];
}

/** The renderer's own day: proposals judge "within a year" from the user's local today. */
const onDay = z.object({ today: isoDate }).strict();
const workbookRef = { workbookId: id };

/** Everything a workbook view is worked out from. */
export const scsTopics = ['scs', 'evidence', 'registers', 'records', 'contacts', 'self-checks'] as const;
const packageTopics = [...scsTopics, 'actions', 'profile', 'workspace'] as const;
const inLanguage = z.object({ language: languageSchema }).strict();

export const scsContract = {
  /** The latest year's workbook, or null before the first one is started. */
  current: query<WorkbookView | null>()(onDay, { reads: scsTopics }),
  /** Starts `year`'s workbook (from last year's answers, to re-confirm), or returns it if it exists. */
  start: command<Workbook>()(z.object({ year: z.number().int().min(2024).max(2100) }).strict()),
  setScope: command<Workbook>()(z.object({ ...workbookRef, scope: longText }).strict()),
  /** Records the day management signed the printed pledge (null takes it back). */
  setPledged: command<Workbook>()(z.object({ ...workbookRef, pledgedOn: isoDate.nullable() }).strict()),
  /** Saves one answer (the one before goes to history); a △/✖ gets an action planned for `actionDue`. */
  answer: command<Workbook>()(
    z
      .object({ ...workbookRef, frameworkVersion: scsVersionSchema, criterionId: criterionIdSchema, answer: answerFieldsSchema, actionDue: z.union([isoDate, z.literal('')]).default('') })
      .strict(),
  ),
  /** Records an expert's confirmation or advice, bound to what it saw now. */
  confirm: command<Workbook>()(z.object({ ...workbookRef, target: confirmationTargetSchema, expert: expertInputSchema }).strict()),
  /** The printable ★3 package (PDF): answers, evidence, confirmations, gaps, the pledge page. */
  packagePdf: query<GeneratedFile>()(inLanguage, { reads: packageTopics }),
  /** Every "which star" triage, oldest first. */
  triages: query<Triage[]>()(z.object({}).strict(), { reads: ['scs'] }),
  addTriage: command<Triage>()(triageInputSchema),
  /** Imports the user's own official criteria workbook (.xlsx): checked whole, saved only if it is one, of our version. */
  importOfficial: command<OfficialReport>()(z.object({ fileName: z.string().trim().min(1).max(200), base64: z.string().max(Math.ceil((20 * 1024 * 1024) / 3) * 4).regex(/^[A-Za-z0-9+/]*={0,2}$/) }).strict()),
  /** The answers as an .xlsx sheet. */
  answerSheet: query<GeneratedFile>()(inLanguage, { reads: packageTopics }),
};
