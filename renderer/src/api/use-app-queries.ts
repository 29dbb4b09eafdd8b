import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Language } from '../../../shared/schemas/settings';
import { applyLanguage } from '../i18n';
import { getApi } from './client';

/** Query keys in one place, so features invalidate each other's data by name, not by string. */
export const queryKeys = {
  appInfo: ['app', 'info'] as const,
  notices: ['app', 'notices'] as const,
  settings: ['settings'] as const,
  workspace: ['workspace'] as const,
  workspaces: ['workspace', 'list'] as const,
  profile: ['profile'] as const,
};

export function useAppInfo() {
  return useQuery({ queryKey: queryKeys.appInfo, queryFn: () => getApi().app.info() });
}

export function useSettings() {
  return useQuery({ queryKey: queryKeys.settings, queryFn: () => getApi().settings.get() });
}

export function useCurrentWorkspace() {
  return useQuery({ queryKey: queryKeys.workspace, queryFn: () => getApi().workspace.current() });
}

export function useNotices() {
  return useQuery({ queryKey: queryKeys.notices, queryFn: () => getApi().app.notices() });
}

export function useSetLanguage() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (language: Language) => getApi().settings.setLanguage({ language }),
    onSuccess: (settings) => {
      applyLanguage(settings.language);
      client.setQueryData(queryKeys.settings, settings);
    },
  });
}

/** After switching company every cached answer belongs to the old one: drop them all. */
export function useCreateDemoWorkspace() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => getApi().workspace.createDemo(),
    onSuccess: () => client.invalidateQueries(),
  });
}
