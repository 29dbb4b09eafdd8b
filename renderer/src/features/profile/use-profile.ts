import { useMutation, useQuery } from '@tanstack/react-query';
import type { CompanyProfileInput } from '../../../../shared/schemas/profile';
import { getApi } from '../../api/client';
import { apiQuery } from '../../api/query-client';

export function useProfile() {
  return useQuery(apiQuery('profile', 'get'));
}

export function useSaveProfile() {
  // It announces `profile` (and `workspace`, `settings` on the first save, which creates the company).
  return useMutation({ mutationFn: (profile: CompanyProfileInput) => getApi().profile.save(profile) });
}
