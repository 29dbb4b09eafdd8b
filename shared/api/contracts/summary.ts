import { z } from 'zod';
import { endpoint } from '../endpoint';
import type { GeneratedFile } from '../../schemas/files';
import { summaryOptionsSchema } from '../../summary/options';

export interface SummaryFingerprint {
  /** Short form, as printed in the footer. */
  short: string;
  full: string;
}

export const summaryContract = {
  /** The PDF for showing in the app (same bytes as generate; kept apart so hosts may treat them differently). */
  preview: endpoint<GeneratedFile>()(summaryOptionsSchema),
  /** The PDF for saving or printing. */
  generate: endpoint<GeneratedFile>()(summaryOptionsSchema),
  /** The fingerprint of the current data, to compare with a printout's footer. */
  fingerprint: endpoint<SummaryFingerprint>()(z.object({ language: z.enum(['ja', 'en']).default('ja') }).strict()),
};
