import type { z } from 'zod';
import type { ApiResult } from './result';

/**
 * One API endpoint: the zod schema its request must pass, and (as a type only) what it returns.
 * The response type rides on a phantom field so the contract stays a plain object of schemas.
 */
export interface Endpoint<Req extends z.ZodType = z.ZodType, Res = unknown> {
  readonly request: Req;
  /** A query only reads (the back end refuses its writes); a command may write and says what it changed. */
  readonly kind: 'query' | 'command';
  /** For a query: the topics (documents, features) its answer depends on; a command naming one makes it stale. */
  readonly reads: readonly string[];
  /** Which company the call is about: see `EndpointScope`. */
  readonly scope: EndpointScope;
  readonly __response?: Res;
}

/**
 * `workspace`: the request names its company (`workspaceId`, added by the renderer's client from
 * the window's own state and checked by the dispatch); `workspace-or-none`: the same, or `null`
 * before the first company exists (first-run profile, import as new); `app`: not about one company.
 */
export type EndpointScope = 'app' | 'workspace' | 'workspace-or-none';

/** The request field that names the company; spelled here only. */
export const workspaceIdField = 'workspaceId';

/**
 * `query<Response>()(requestSchema, { reads })`: curried so the response is named and the request
 * inferred. `reads` are the topics commands announce in `changed`; `'*'` means "anything".
 */
export function query<Res>() {
  return <Req extends z.ZodType>(request: Req, options: { reads: readonly string[]; scope?: EndpointScope }): Endpoint<Req, Res> => ({
    request,
    kind: 'query',
    reads: options.reads,
    scope: options.scope ?? 'workspace',
  });
}

/** `command<Response>()(requestSchema)`: may write; its transport result carries `changed`. */
export function command<Res>() {
  return <Req extends z.ZodType>(request: Req, options: { scope?: EndpointScope } = {}): Endpoint<Req, Res> => ({
    request,
    kind: 'command',
    reads: [],
    scope: options.scope ?? 'workspace',
  });
}

export type ContractShape = Record<string, Record<string, Endpoint>>;

type RequestOf<E> = E extends Endpoint<infer Req, unknown> ? z.input<Req> : never;
type ParsedRequestOf<E> = E extends Endpoint<infer Req, unknown> ? z.output<Req> : never;
export type ResponseOf<E> = E extends Endpoint<z.ZodType, infer Res> ? Res : never;

/** An argument is optional when an empty object would pass the schema. */
type CallArgs<E> = Record<string, never> extends RequestOf<E> ? [request?: RequestOf<E>] : [request: RequestOf<E>];

/** What the renderer calls: values, with failures thrown as `ApiCallError`. */
export type ApiClient<C extends ContractShape> = {
  [N in keyof C]: { [M in keyof C[N]]: (...args: CallArgs<C[N][M]>) => Promise<ResponseOf<C[N][M]>> };
};

/** What a transport (preload, HTTP) provides: results, never throws for API errors. */
export type ApiTransport<C extends ContractShape> = {
  [N in keyof C]: { [M in keyof C[N]]: (request?: unknown) => Promise<ApiResult<ResponseOf<C[N][M]>>> };
};

/** What the back end implements: handlers receive the already-validated request. */
export type ApiHandlers<C extends ContractShape> = {
  [N in keyof C]: {
    [M in keyof C[N]]: (request: ParsedRequestOf<C[N][M]>) => Promise<ResponseOf<C[N][M]>> | ResponseOf<C[N][M]>;
  };
};

export interface ChannelEntry {
  namespace: string;
  method: string;
  channel: string;
  endpoint: Endpoint;
}

/** Channel names are derived here and only here, so no other module spells one out. */
export function channelName(namespace: string, method: string): string {
  return `${namespace}:${method}`;
}

export function listChannels(contract: ContractShape): ChannelEntry[] {
  const entries: ChannelEntry[] = [];
  for (const [namespace, methods] of Object.entries(contract)) {
    for (const [method, ep] of Object.entries(methods)) {
      entries.push({ namespace, method, channel: channelName(namespace, method), endpoint: ep });
    }
  }
  return entries;
}

/** Builds a nested `{ namespace: { method: fn } }` object from the contract. */
export function buildFromContract<T>(
  contract: ContractShape,
  make: (entry: ChannelEntry) => T,
): Record<string, Record<string, T>> {
  const out: Record<string, Record<string, T>> = {};
  for (const entry of listChannels(contract)) {
    (out[entry.namespace] ??= {})[entry.method] = make(entry);
  }
  return out;
}

/** Every query channel with its topics, for the renderer's one invalidation rule. */
export function queryReads(contract: ContractShape): Map<string, readonly string[]> {
  const reads = new Map<string, readonly string[]>();
  for (const { channel, endpoint } of listChannels(contract)) if (endpoint.kind === 'query') reads.set(channel, endpoint.reads);
  return reads;
}

/** The plain channel list the preload is built with (no schemas, so no zod in the preload). */
export function channelList(contract: ContractShape): { namespace: string; method: string; channel: string }[] {
  return listChannels(contract).map(({ namespace, method, channel }) => ({ namespace, method, channel }));
}

/** Every channel's scope, for the client that adds the window's company to each call. */
export function channelScopes(contract: ContractShape): Map<string, EndpointScope> {
  return new Map(listChannels(contract).map(({ channel, endpoint }) => [channel, endpoint.scope]));
}
