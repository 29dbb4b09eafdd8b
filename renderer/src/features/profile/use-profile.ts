import { useMutation, useQuery } from '@tanstack/react-query';
import type { CompanyProfileInput } from '../../../../shared/profile/schema';
import { getApi } from '../../api/client';
import { apiQuery } from '../../api/query-client';

/** `enabled` waits until the window knows which company it shows. */
export function useProfile(enabled = true) {
  return useQuery({ ...apiQuery('profile', 'get'), enabled });
}

export function useSaveProfile() {
  // It announces `profile` (and `workspace`, `settings` on the first save, which creates the company).
  return useMutation({ mutationFn: (profile: CompanyProfileInput) => getApi().profile.save(profile) });
}
