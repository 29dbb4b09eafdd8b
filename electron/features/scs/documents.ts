import { scsDocumentSchema, type ScsDocument } from '../../../shared/scs/schema';
import type { DocumentSpec } from '../../services/store/document-spec';

/** One company's SCS ★3 workbooks, one per year, each with its answer history and confirmations. */
export const scsSpec: DocumentSpec<ScsDocument> = {
  name: 'scs',
  schema: scsDocumentSchema,
  version: 1,
  empty: () => ({ workbooks: [], triages: [], official: null }),
};
