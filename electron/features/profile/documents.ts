import { companyProfileSchema, type CompanyProfile } from '../../../shared/profile/schema';
import type { DocumentSpec } from '../../services/store/document-spec';

/**
 * Version 1 → 2: `personalData.handles` became tri-state (null = not answered). The version-1
 * form showed a checkbox that started unticked, so a stored `false` only says nobody ticked it,
 * not that the company answered "no": it becomes null (未回答), and a printout no longer says
 * 「扱っていない」 for a question that was never asked. `true` was a real answer and stays.
 */
export function migrateProfileV1(data: unknown): unknown {
  if (typeof data !== 'object' || data === null) return data;
  const profile = data as { personalData?: { handles?: unknown } };
  if (!profile.personalData || profile.personalData.handles !== false) return data;
  return { ...profile, personalData: { ...profile.personalData, handles: null } };
}

export const profileSpec: DocumentSpec<CompanyProfile | null> = {
  name: 'profile',
  schema: companyProfileSchema.nullable(),
  version: 2,
  migrations: { 1: migrateProfileV1 },
  empty: () => null,
  companyName: (profile) => profile?.name ?? null,
};
