import { z } from 'zod';
import { assessmentSchema, securityPolicySchema, type Assessment, type SecurityPolicy } from '../../../shared/self-check/schema';
import type { DocumentSpec } from '../../services/store/document-spec';

/** Every self-check of one workspace: at most one unfinished, the rest kept as history. */
export const assessmentsSpec: DocumentSpec<Assessment[]> = {
  name: 'self-checks',
  // 25 answers each; a few checks a year for decades stays a small file.
  schema: z.array(assessmentSchema).max(200),
  version: 1,
  empty: () => [],
};

/** Whether a basic security policy exists and when it was made public (SECURITY ACTION ★★). */
export const securityPolicySpec: DocumentSpec<SecurityPolicy> = {
  name: 'security-policy',
  schema: securityPolicySchema,
  version: 1,
  empty: () => ({ exists: false, publishedOn: '' }),
};
