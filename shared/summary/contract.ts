import { z } from 'zod';
import { query } from '../api/endpoint';
import type { GeneratedFile } from '../files/schema';
import { summaryOptionsSchema } from './options';
import { languageSchema } from '../settings/schema';

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
};
