import type { DocumentSpec } from '../../services/store/document-spec';
import type { BackEndFeature } from '../feature';
import { seedRecords } from './demo';
import { recordsSpec } from './documents';
import { recordsHandlers } from './handlers';

/**
 * Records and the calendar of obligations in one feature: the calendar exists mostly to say when
 * the next record is due, and one feature keeps the registration tables at one line each.
 */
export const recordsFeature: BackEndFeature<'records'> = {
  handlers: recordsHandlers,
  documents: [{ spec: recordsSpec as DocumentSpec<unknown> }],
  seedDemo: seedRecords,
};
