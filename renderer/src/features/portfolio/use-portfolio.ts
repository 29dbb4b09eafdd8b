import { useMutation, useQuery } from '@tanstack/react-query';
import { getApi } from '../../api/client';
import { apiQuery } from '../../api/query-client';
import { useWorkspaceList } from '../workspaces';

export function usePortfolio() {
  return useQuery(apiQuery('portfolio', 'list'));
}

export function useCreateSamplePortfolio() {
  return useMutation({ mutationFn: () => getApi().portfolio.createSample() });
}

/** The menu shows the portfolio only to someone looking after two or more companies. */
export function usePortfolioShown(): boolean {
  return (useWorkspaceList().data?.length ?? 0) >= 2;
}
