import type { DocumentSpec } from '../../services/store/document-spec';
import type { BackEndFeature } from '../feature';
import { seedSelfCheck } from './demo';
import { assessmentsSpec, securityPolicySpec } from './documents';
import { selfCheckHandlers } from './handlers';
import { weaknessesSpec } from './weaknesses';

export const selfCheckFeature: BackEndFeature<'selfCheck'> = {
  handlers: selfCheckHandlers,
  documents: [
    { spec: assessmentsSpec as DocumentSpec<unknown> },
    { spec: securityPolicySpec as DocumentSpec<unknown> },
    { spec: weaknessesSpec as DocumentSpec<unknown> },
  ],
  seedDemo: seedSelfCheck,
};
