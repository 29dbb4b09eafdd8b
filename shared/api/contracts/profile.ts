import { endpoint } from '../endpoint';
import { noInput } from '../../schemas/common';
import { companyProfileSchema, type CompanyProfile } from '../../schemas/profile';

export const profileContract = {
  get: endpoint<CompanyProfile | null>()(noInput),
  /** Saves the profile; on first run this also creates the company's workspace. */
  save: endpoint<CompanyProfile>()(companyProfileSchema),
};
