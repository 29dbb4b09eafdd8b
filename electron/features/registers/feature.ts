import type { DocumentSpec } from '../../services/store/document-spec';
import type { BackEndFeature } from '../feature';
import { seedRegisters } from './demo';
import { registersSpec } from './documents';
import { registersHandlers } from './handlers';

export const registersFeature: BackEndFeature<'registers'> = {
  handlers: registersHandlers,
  documents: [{ spec: registersSpec as DocumentSpec<unknown> }],
  seedDemo: seedRegisters,
};
