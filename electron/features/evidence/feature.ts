import type { DocumentSpec } from '../../services/store/document-spec';
import type { BackEndFeature } from '../feature';
import { evidenceSpec } from './documents';
import { evidenceHandlers } from './handlers';
import { seedEvidence } from './demo';

export const evidenceFeature: BackEndFeature<'evidence'> = {
  handlers: evidenceHandlers,
  documents: [{ spec: evidenceSpec as DocumentSpec<unknown> }],
  seedDemo: seedEvidence,
};
