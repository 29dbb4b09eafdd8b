import { z } from 'zod';
import { command, query } from '../api/endpoint';
import type { GeneratedFile } from '../files/schema';
import { id, noInput } from '../schemas/common';
import { registerKinds, type RegisterKind } from './fields';
import { entryShapes, type RegisterEntry, type Registers } from './schema';
import type { ImportPlan } from './spreadsheet/import-rows';

const register = z.enum(registerKinds);
const language = z.enum(['ja', 'en']);

/** The largest spreadsheet read in (a 5,000-row register is well under 1 MB as .xlsx). */
export const importFileBytes = 5 * 1024 * 1024;

/** What the page shows before anything is saved: the plan without the rows themselves. */
export type ImportPreview = Omit<ImportPlan, 'rows'> & { token: string; sheet: string; toAdd: number; toUpdate: number };

/**
 * A save names its register; the fields are checked against that register's shape here and
 * again (dates, references, ids) in the back end before anything touches disk.
 */
const entryRequest = z.discriminatedUnion(
  'register',
  registerKinds.map((kind) => z.object({ register: z.literal(kind), entry: z.object({ id: id.optional(), ...entryShapes[kind] }).strict() }).strict()) as unknown as [
    z.ZodObject<{ register: z.ZodLiteral<RegisterKind>; entry: z.ZodObject }>,
  ],
);

export const registersContract = {
  /** Every register of the company (the page, and the facts shown on self-check questions). */
  all: query<Registers>()(noInput, { reads: ['registers'] }),
  /** Adds an entry (no id) or replaces the one with its id. */
  save: command<RegisterEntry>()(entryRequest),
  remove: command<null>()(z.object({ register, id }).strict()),
  /** One register as .xlsx or as CSV for Excel (UTF-8 with BOM), headers in the chosen language. */
  exportFile: query<GeneratedFile>()(z.object({ register, format: z.enum(['xlsx', 'csv']), language }).strict(), { reads: ['registers'] }),
  /** Reads an .xlsx or CSV and plans the import; writes nothing and keeps the plan under a token. */
  importPreview: query<ImportPreview>()(
    z.object({ register, fileName: z.string().trim().min(1).max(200), base64: z.string().max(Math.ceil(importFileBytes / 3) * 4).regex(/^[A-Za-z0-9+/]*={0,2}$/) }).strict(),
    { reads: [] },
  ),
  /** Saves the rows of a previewed import that passed; the rows with errors or duplicates stay out. */
  importCommit: command<{ added: number; updated: number }>()(z.object({ token: z.uuid() }).strict()),
  /** Forgets a previewed import. */
  importCancel: command<null>()(z.object({ token: z.uuid() }).strict()),
};
