import { useMutation, useQuery } from '@tanstack/react-query';
import { getApi } from '../../api/client';
import { apiQuery } from '../../api/query-client';
import { announce, clearAnnouncements } from './switch-announcement';

export function useWorkspaceList() {
  return useQuery(apiQuery('workspaces', 'list'));
}

export function useSnapshots() {
  return useQuery(apiQuery('workspaces', 'snapshots'));
}

/**
 * Anything that changes which company is shown, or replaces its data: the command announces
 * `settings` or `workspace`, which makes every cached answer stale (query-client.ts).
 */
export function useWorkspaceChange<Args, Result>(call: (args: Args) => Promise<Result>, announceAs?: string) {
  return useMutation({
    mutationFn: async (args: Args) => {
      clearAnnouncements();
      const result = await call(args);
      const name = (result as { name?: unknown } | null)?.name;
      if (announceAs && typeof name === 'string') announce(announceAs, name);
      return result;
    },
  });
}

export function useRenameWorkspace() {
  return useMutation({ mutationFn: (args: { id: string; name: string }) => getApi().workspaces.rename(args) });
}

/** Opens another company in this window (the portfolio's rows, the switcher). */
export function useSwitchCompany() {
  return useWorkspaceChange((id: string) => getApi().workspaces.switchTo({ id }));
}
