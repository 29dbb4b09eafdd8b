import { companyProfileSchema, type CompanyProfile } from '../../../shared/schemas/profile';
import type { DocumentSpec } from '../store/document-spec';

export const profileSpec: DocumentSpec<CompanyProfile | null> = {
  name: 'profile',
  schema: companyProfileSchema.nullable(),
  version: 1,
  empty: () => null,
};
