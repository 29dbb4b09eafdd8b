import type { DocumentSpec } from '../../services/store/document-spec';
import type { BackEndFeature } from '../feature';
import { actionsSpec } from './documents';
import { actionsHandlers } from './handlers';

export const actionsFeature: BackEndFeature<'actions'> = {
  handlers: actionsHandlers,
  documents: [{ spec: actionsSpec as DocumentSpec<unknown> }],
};
