import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CompanyProfileInput } from '../../../../shared/schemas/profile';
import { getApi } from '../../api/client';
import { queryKeys } from '../../api/use-app-queries';

export function useProfile() {
  return useQuery({ queryKey: queryKeys.profile, queryFn: () => getApi().profile.get() });
}

export function useSaveProfile() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (profile: CompanyProfileInput) => getApi().profile.save(profile),
    onSuccess: (saved) => {
      client.setQueryData(queryKeys.profile, saved);
      // The first save creates the workspace, and the company name is its name.
      void client.invalidateQueries({ queryKey: queryKeys.workspace });
    },
  });
}
