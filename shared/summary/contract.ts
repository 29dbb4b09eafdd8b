import { z } from 'zod';
import { command, query } from '../api/endpoint';
import type { GeneratedFile } from '../files/schema';
import { id } from '../schemas/common';
import { summaryOptionsSchema } from './options';
import { languageSchema } from '../settings/schema';
import { rememberInsurerPackRequest } from './insurer/digest-schema';

export interface SummaryFingerprint {
  /** Short form, as printed in the footer. */
  short: string;
  full: string;
}

export const summaryContract = {
  /** The PDF, for showing in the app, saving or printing (the same bytes for each). */
  generate: query<GeneratedFile>()(summaryOptionsSchema, { reads: ['*'] }),
  /** The fingerprint of the current data, to compare with a printout's footer. */
  fingerprint: query<SummaryFingerprint>()(z.object({ language: languageSchema.default('ja') }).strict(), { reads: ['*'] }),
  /** The insurer pack's answers (controls, open points, incidents with leak facts) as an .xlsx. */
  insurerSheet: query<GeneratedFile>()(z.object({ language: languageSchema }).strict(), { reads: ['*'] }),
  /** One incident's costs under the claim headings, receipts kept or not, as an .xlsx. */
  claimSheet: query<GeneratedFile>()(z.object({ language: languageSchema, incidentId: id }).strict(), { reads: ['*'] }),
  /** After an insurer PDF was saved: keep its digest for "changes since the last pack"; false when the data moved on. */
  rememberInsurerPack: command<{ recorded: boolean }>()(rememberInsurerPackRequest),
};
