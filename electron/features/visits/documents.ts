import { z } from 'zod';
import { programmesSchema, type Programme } from '../../../shared/visits/programmes';
import { visitLimits, visitSchema, type Visit } from '../../../shared/visits/schema';
import type { DocumentSpec } from '../../services/store/document-spec';

/** One company's visit and consultation records. */
export const visitsSpec: DocumentSpec<Visit[]> = {
  name: 'visits',
  schema: z.array(visitSchema).max(visitLimits.visits),
  version: 1,
  empty: () => [],
};

/** The company's own copy of the programmes once a supporter edited them; null = the built-in ones. */
export const programmesSpec: DocumentSpec<Programme[] | null> = {
  name: 'visit-programmes',
  schema: programmesSchema.nullable(),
  version: 1,
  empty: () => null,
};
