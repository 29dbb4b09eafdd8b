import { z } from 'zod';
import { listChannels, type ContractShape } from '../../shared/api/endpoint';
import { AppError, type ApiResult } from '../../shared/api/result';
import { runInRequest } from './request-context';

type AnyHandler = (request: unknown) => unknown;

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
export function createDispatch(contract: ContractShape, handlers: object, log: (e: unknown) => void = console.error): Dispatch {
  const table = new Map<string, { schema: z.ZodType; handler: AnyHandler; kind: 'query' | 'command' }>();
  for (const entry of listChannels(contract)) {
    const handler = (handlers as Record<string, Record<string, AnyHandler>>)[entry.namespace]?.[entry.method];
    if (typeof handler !== 'function') throw new Error(`no handler for ${entry.channel}`);
    table.set(entry.channel, { schema: entry.endpoint.request, handler, kind: entry.endpoint.kind });
  }

  return async (channel, payload) => {
    const route = typeof channel === 'string' ? table.get(channel) : undefined;
    if (!route) return { ok: false, error: { code: 'unknown_channel' } };
    const parsed = safeParse(route.schema, payload ?? {});
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
      // A query runs read-only (the store refuses its writes); a command reports what it wrote.
      const { value, changed } = await runInRequest(route.kind, channel, () => route.handler(parsed.data));
      const result = value === undefined ? null : value;
      return route.kind === 'command' ? { ok: true, value: result, changed } : { ok: true, value: result };
    } catch (error) {
      if (error instanceof AppError) {
        return { ok: false, error: { code: error.code, detail: error.message, ...(error.issues ? { issues: error.issues } : {}) } };
      }
      log(error);
      return { ok: false, error: { code: 'internal' } };
    }
  };
}
