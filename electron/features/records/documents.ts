import { z } from 'zod';
import { recordEntrySchema, type RecordEntry } from '../../../shared/records/schema';
import type { DocumentSpec } from '../../services/store/document-spec';

/** One company's training, restore-test, drill and review records (a few a year each). */
export const recordsSpec: DocumentSpec<RecordEntry[]> = {
  name: 'records',
  schema: z.array(recordEntrySchema).max(5000),
  version: 1,
  empty: () => [],
};
