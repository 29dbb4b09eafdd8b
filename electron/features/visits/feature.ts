import type { DocumentSpec } from '../../services/store/document-spec';
import type { BackEndFeature } from '../feature';
import { seedVisits } from './demo';
import { programmesSpec, visitsSpec } from './documents';
import { visitsHandlers } from './handlers';

export const visitsFeature: BackEndFeature<'visits'> = {
  handlers: visitsHandlers,
  documents: [{ spec: visitsSpec as DocumentSpec<unknown> }, { spec: programmesSpec as DocumentSpec<unknown> }],
  seedDemo: seedVisits,
};
