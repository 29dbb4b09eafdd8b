import { command, query } from '../api/endpoint';
import { noInput } from '../schemas/common';
import { companyProfileSchema, type CompanyProfile } from './schema';

export const profileContract = {
  get: query<CompanyProfile | null>()(noInput, { reads: ['profile'], scope: 'workspace-or-none' }),
  /** Saves the profile; on first run this also creates the company's workspace. */
  save: command<CompanyProfile>()(companyProfileSchema, { scope: 'workspace-or-none' }),
};
