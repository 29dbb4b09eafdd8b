import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useSyncExternalStore } from 'react';
import type { Language } from '../../../shared/settings/schema';
import { applyLanguage } from '../i18n';
import { ApiCallError } from './api-error';
import { getApi, getWindowWorkspace } from './client';
import { apiQuery } from './query-client';

export function useAppInfo() {
  return useQuery(apiQuery('app', 'info'));
}

export function useSettings() {
  return useQuery(apiQuery('settings', 'get'));
}

/** The id of the company this window shows; null until it is known or before any company exists. */
export function useWindowWorkspaceId(): string | null {
  const windowWorkspace = getWindowWorkspace();
  return useSyncExternalStore(windowWorkspace.subscribe, windowWorkspace.get);
}

/** The company this window shows. */
export function useCurrentWorkspace() {
  return useQuery({ ...apiQuery('workspaces', 'get'), enabled: useWindowWorkspaceId() !== null });
}

/**
 * Settles which company a window shows: the one it showed before a reload, else the one last
 * opened anywhere. A company deleted from another window sends this one back to that default.
 * `ready` is false while that is being worked out; `windowId` stays null before any company exists.
 */
export function useWindowWorkspace(): { ready: boolean; windowId: string | null; error: unknown } {
  const windowId = useWindowWorkspaceId();
  const lastOpened = useQuery({ ...apiQuery('workspaces', 'lastOpened'), enabled: windowId === null });
  const current = useCurrentWorkspace();
  const gone = current.error instanceof ApiCallError && current.error.code === 'no_workspace';
  useEffect(() => {
    if (gone) getWindowWorkspace().set(null);
    else if (windowId === null && lastOpened.data) getWindowWorkspace().set(lastOpened.data.id);
  }, [gone, windowId, lastOpened.data]);
  if (windowId === null) return { ready: lastOpened.isSuccess && lastOpened.data === null, windowId, error: lastOpened.error };
  return { ready: current.isSuccess, windowId, error: gone ? null : current.error };
}

/**
 * Once per window and company: the start-up command (daily snapshot, public desks on a company
 * that never had contacts). It is a command so that no query ever writes.
 */
export function usePrepareWorkspace(workspaceId: string | undefined) {
  useEffect(() => {
    if (workspaceId) getApi().workspaces.prepare().catch(() => undefined); // best effort; the data is already usable
  }, [workspaceId]);
}

export function useNotices() {
  return useQuery(apiQuery('app', 'notices'));
}

export function useSetLanguage() {
  return useMutation({
    mutationFn: (language: Language) => getApi().settings.setLanguage({ language }),
    onSuccess: (settings) => applyLanguage(settings.language),
  });
}

/** Switching company announces `settings`, which makes every cached answer stale (query-client.ts). */
export function useCreateDemoWorkspace() {
  return useMutation({ mutationFn: () => getApi().workspaces.createDemo() });
}
