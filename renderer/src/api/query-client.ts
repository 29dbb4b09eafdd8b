import { QueryClient, type Query } from '@tanstack/react-query';
import { apiContract, type Api } from '../../../shared/api/contract';
import { channelName, channelScopes, queryReads } from '../../../shared/api/endpoint';
import { getApi, getWindowWorkspace, onApiChanged } from './client';

/**
 * The one place query keys come from and the one rule that makes them stale: a query's key is
 * its channel and request, and a command's announced `changed` topics invalidate every query
 * whose contract entry reads one of them. No feature writes a key by hand.
 */
const reads = queryReads(apiContract);
const scopes = channelScopes(apiContract);

/** Topics whose change may mean another company or language: everything cached is stale. */
const everything = new Set(['settings', 'workspace']);

type Call<N extends keyof Api, M extends keyof Api[N]> = Api[N][M] extends (...args: infer A) => Promise<infer R> ? { args: A; result: R } : never;

/** A company-scoped answer is cached per company, so a window that switches never shows the last one's. */
export function apiQueryKey(namespace: string, method: string, request?: unknown): readonly unknown[] {
  const channel = channelName(namespace, method);
  return scopes.get(channel) === 'app' ? [channel, request ?? {}] : [channel, request ?? {}, getWindowWorkspace().get()];
}

/** `useQuery(apiQuery('incidents', 'get', { id }))`: key and fetcher for one query channel. */
export function apiQuery<N extends keyof Api & string, M extends keyof Api[N] & string>(namespace: N, method: M, ...args: Call<N, M>['args']) {
  return {
    queryKey: apiQueryKey(namespace, method, args[0]),
    queryFn: () => (getApi()[namespace][method] as unknown as (...a: unknown[]) => Promise<Call<N, M>['result']>)(...args),
  };
}

export function isStaleAfter(query: Pick<Query, 'queryKey'>, changed: readonly string[]): boolean {
  if (changed.some((topic) => everything.has(topic))) return true;
  const topics = reads.get(String(query.queryKey[0]));
  if (!topics) return true; // not a channel key: be safe
  return topics.includes('*') || topics.some((topic) => changed.includes(topic));
}

/**
 * The app's QueryClient, used by main.tsx and by the DOM tests alike. Everything is local: no
 * retries or refetching on focus that would only hide real errors, and answers stay fresh until
 * a command says what it changed.
 */
export function createAppQueryClient(): QueryClient {
  const client = new QueryClient({
    defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false, staleTime: Infinity }, mutations: { retry: false } },
  });
  onApiChanged((changed) => client.invalidateQueries({ predicate: (query) => isStaleAfter(query, changed) }));
  return client;
}
