import { companyProfileSchema, type CompanyProfile } from '../../../shared/profile/schema';
import type { DocumentSpec } from '../../services/store/document-spec';

export const profileSpec: DocumentSpec<CompanyProfile | null> = {
  name: 'profile',
  schema: companyProfileSchema.nullable(),
  version: 1,
  empty: () => null,
};
