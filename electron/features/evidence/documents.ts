import { z } from 'zod';
import { evidenceSchema, type Evidence } from '../../../shared/evidence/schema';
import type { DocumentSpec } from '../../services/store/document-spec';

/** The evidence records of one company; the files themselves sit in its `evidence/` folder. */
export const evidenceSpec: DocumentSpec<Evidence[]> = {
  name: 'evidence',
  schema: z.array(evidenceSchema).max(5000),
  version: 1,
  empty: () => [],
};

export const evidenceFolder = 'evidence';
