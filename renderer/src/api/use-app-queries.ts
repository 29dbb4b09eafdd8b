import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { Language } from '../../../shared/schemas/settings';
import { applyLanguage } from '../i18n';
import { getApi } from './client';
import { apiQuery } from './query-client';

export function useAppInfo() {
  return useQuery(apiQuery('app', 'info'));
}

export function useSettings() {
  return useQuery(apiQuery('settings', 'get'));
}

export function useCurrentWorkspace() {
  return useQuery(apiQuery('workspace', 'current'));
}

/**
 * Once per window and company: the start-up command (daily snapshot, public desks on a company
 * that never had contacts). It is a command so that no query ever writes.
 */
export function usePrepareWorkspace(workspaceId: string | undefined) {
  useEffect(() => {
    if (workspaceId) getApi().workspace.prepare().catch(() => undefined); // best effort; the data is already usable
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
  return useMutation({ mutationFn: () => getApi().workspace.createDemo() });
}
