import { z } from 'zod';
import { listChannels, type ContractShape } from '../../shared/api/endpoint';
import { AppError, type ApiResult } from '../../shared/api/result';
import { runInRequest } from './request-context';
import { splitWorkspaceId } from './workspace-scope';
import type { Workspace } from './workspaces';
import type { EndpointScope } from '../../shared/api/endpoint';

type AnyHandler = (request: unknown) => unknown;

/** The company a request named, or null when there is none with that id. */
export type ResolveWorkspace = (id: string) => Workspace | null;

/** What the dispatch tells about each call: never its payload or its answer. */
export interface DispatchEvent {
  /** A channel of the contract; anything else a caller sent is `(unknown)`, as it could be any text. */
  channel: string;
  ms: number;
  /** `ok` or the error code the caller got. */
  result: string;
  /** The program error behind an `internal` result. */
  error?: unknown;
}

export interface DispatchOptions {
  resolveWorkspace: ResolveWorkspace;
  /** Hears every call once it is answered (the support log); a throwing listener is ignored. */
  log?: (event: DispatchEvent) => void;
}

const printInternalErrors = (event: DispatchEvent) => {
  if (event.error !== undefined) console.error(event.error);
};

/**
 * zod's safeParse can itself throw on exotic objects (a null-prototype object where a string
 * belongs: a length check converts it to a primitive). Fuzzing found it; such input is invalid.
 */
export function safeParse(schema: z.ZodType, payload: unknown): ReturnType<z.ZodType['safeParse']> {
  try {
    return schema.safeParse(payload);
  } catch {
    return { success: false, error: new z.ZodError([{ code: 'custom', path: [], message: 'unparseable', input: payload }]) } as ReturnType<z.ZodType['safeParse']>;
  }
}
export type Dispatch = (channel: string, payload: unknown) => Promise<ApiResult<unknown>>;

/**
 * The single entry point for every API call from either host: looks the channel up in the
 * contract, validates the payload with its schema, runs the handler and wraps the outcome.
 * Nothing reaches a handler unvalidated, and nothing escapes as a thrown error.
 */
export function createDispatch(contract: ContractShape, handlers: object, options: DispatchOptions): Dispatch {
  const log = options.log ?? printInternalErrors;
  const table = new Map<string, { schema: z.ZodType; handler: AnyHandler; kind: 'query' | 'command'; scope: EndpointScope }>();
  for (const entry of listChannels(contract)) {
    const handler = (handlers as Record<string, Record<string, AnyHandler>>)[entry.namespace]?.[entry.method];
    if (typeof handler !== 'function') throw new Error(`no handler for ${entry.channel}`);
    table.set(entry.channel, { schema: entry.endpoint.request, handler, kind: entry.endpoint.kind, scope: entry.endpoint.scope });
  }

  const answer = async (channel: string, payload: unknown, onError: (error: unknown) => void): Promise<ApiResult<unknown>> => {
    const route = typeof channel === 'string' ? table.get(channel) : undefined;
    if (!route) return { ok: false, error: { code: 'unknown_channel' } };
    const scoped = splitWorkspaceId(route.scope, payload ?? {});
    if (!scoped.ok) return { ok: false, error: { code: 'invalid_request', issues: scoped.issues } };
    const parsed = safeParse(route.schema, scoped.rest);
    if (!parsed.success) {
      return {
        ok: false,
        error: {
          code: 'invalid_request',
          issues: parsed.error.issues.slice(0, 50).map((issue) => ({
            path: issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
            code: issue.code,
            message: issue.message,
          })),
        },
      };
    }
    try {
      const { workspaceId } = scoped;
      // Checked before the handler runs, so a call naming no existing company writes nothing.
      const openWorkspace = () => {
        if (workspaceId === null) return null;
        const workspace = options.resolveWorkspace(workspaceId);
        if (!workspace) throw new AppError('no_workspace', 'unknown workspace');
        return workspace;
      };
      // A query runs read-only (the store refuses its writes); a command reports what it wrote.
      const outcome = await runInRequest(route.kind, channel, () => route.handler(parsed.data), openWorkspace);
      const result = outcome.value === undefined ? null : outcome.value;
      if (route.kind === 'query') return { ok: true, value: result };
      return { ok: true, value: result, changed: outcome.changed, ...(outcome.opened ? { opened: outcome.opened } : {}) };
    } catch (error) {
      if (error instanceof AppError) {
        return { ok: false, error: { code: error.code, detail: error.message, ...(error.issues ? { issues: error.issues } : {}) } };
      }
      onError(error);
      return { ok: false, error: { code: 'internal' } };
    }
  };

  return async (channel, payload) => {
    const started = performance.now();
    let error: unknown;
    const result = await answer(channel, payload, (e) => (error = e));
    try {
      const known = typeof channel === 'string' && table.has(channel);
      log({ channel: known ? channel : '(unknown)', ms: performance.now() - started, result: result.ok ? 'ok' : result.error.code, ...(error !== undefined ? { error } : {}) });
    } catch {
      // Logging is best effort: it never changes an answer.
    }
    return result;
  };
}
