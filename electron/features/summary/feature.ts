import type { DocumentSpec } from '../../services/store/document-spec';
import type { BackEndFeature } from '../feature';
import { insurerPacksSpec } from './documents';
import { summaryHandlers } from './handlers';

export const summaryFeature: BackEndFeature<'summary'> = {
  handlers: summaryHandlers,
  documents: [{ spec: insurerPacksSpec as DocumentSpec<unknown> }],
};
