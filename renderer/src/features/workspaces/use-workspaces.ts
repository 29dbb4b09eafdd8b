import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getApi } from '../../api/client';
import { queryKeys } from '../../api/use-app-queries';

export const workspaceKeys = {
  snapshots: ['workspace', 'snapshots'] as const,
  atRest: ['workspace', 'at-rest'] as const,
};

export function useWorkspaceList() {
  return useQuery({ queryKey: queryKeys.workspaces, queryFn: () => getApi().workspace.list() });
}

export function useSnapshots() {
  return useQuery({ queryKey: workspaceKeys.snapshots, queryFn: () => getApi().workspace.snapshots() });
}

export function useAtRestStatus() {
  return useQuery({ queryKey: workspaceKeys.atRest, queryFn: () => getApi().workspace.atRestStatus() });
}

/**
 * Anything that changes which company is shown, or replaces its data, makes every cached answer
 * stale (profile, lists, snapshots of another company): drop them all.
 */
export function useWorkspaceChange<Args, Result>(call: (args: Args) => Promise<Result>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: call, onSuccess: () => client.invalidateQueries() });
}

export function useRenameWorkspace() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (args: { id: string; name: string }) => getApi().workspace.rename(args),
    onSuccess: () => client.invalidateQueries(),
  });
}
