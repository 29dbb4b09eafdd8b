import { z } from 'zod';
import type { DocumentSpec } from '../../../../electron/services/store/document-spec';

/** Two documents shaped like the app's: a growing list of records and a map of answers. */
const incident = z.object({ seq: z.number().int().positive(), title: z.string(), note: z.string() }).strict();

export const crashSpecs = {
  incidents: { name: 'incidents', schema: z.array(incident), version: 1, empty: (): z.infer<typeof incident>[] => [] } satisfies DocumentSpec<z.infer<typeof incident>[]>,
  answers: { name: 'answers', schema: z.record(z.string(), z.number().int()), version: 1, empty: (): Record<string, number> => ({}) } satisfies DocumentSpec<Record<string, number>>,
};
