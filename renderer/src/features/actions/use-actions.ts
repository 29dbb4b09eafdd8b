import { useMutation, useQuery } from '@tanstack/react-query';
import type { NewAction } from '../../../../shared/actions/schema';
import type { ActionUpdate } from '../../../../shared/actions/contract';
import { getApi } from '../../api/client';
import { apiQuery } from '../../api/query-client';

export function useActions() {
  return useQuery(apiQuery('actions', 'list'));
}

// The commands announce what they changed; query-client.ts refreshes the lists that read it.
export function useSaveAction() {
  return useMutation({
    mutationFn: (input: NewAction | ActionUpdate) => ('id' in input ? getApi().actions.update(input) : getApi().actions.create(input)),
  });
}

export function useRemoveAction() {
  return useMutation({ mutationFn: (id: string) => getApi().actions.remove({ id }) });
}
