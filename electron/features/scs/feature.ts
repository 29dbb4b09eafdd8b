import type { DocumentSpec } from '../../services/store/document-spec';
import type { BackEndFeature } from '../feature';
import { seedScs } from './demo';
import { scsSpec } from './documents';
import { scsHandlers } from './handlers';

/** The SCS ★3 workbook: answers, expert confirmations and the package, one workbook a year. */
export const scsFeature: BackEndFeature<'scs'> = {
  handlers: scsHandlers,
  documents: [{ spec: scsSpec as DocumentSpec<unknown> }],
  seedDemo: seedScs,
};
