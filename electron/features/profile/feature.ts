import { demoProfile } from '../../../shared/profile/demo';
import type { DocumentSpec } from '../../services/store/document-spec';
import type { BackEndFeature } from '../feature';
import { profileSpec } from './documents';
import { profileHandlers } from './handlers';

export const profileFeature: BackEndFeature<'profile'> = {
  handlers: profileHandlers,
  documents: [{ spec: profileSpec as DocumentSpec<unknown> }],
  seedDemo: (ws) => void ws.document(profileSpec).set(demoProfile()),
};
