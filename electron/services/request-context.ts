import { AsyncLocalStorage } from 'node:async_hooks';
import { AppError } from '../../shared/api/result';

/**
 * What the dispatch knows about the call being answered: whether it is a query (read-only) or a
 * command, and which topics (documents, features) a command has written so far. Kept in
 * AsyncLocalStorage so the store can check it without every function passing it along.
 */
interface RequestContext {
  kind: 'query' | 'command';
  channel: string;
  changed: Set<string>;
}

const storage = new AsyncLocalStorage<RequestContext>();

/** A write attempted while answering a query: a bug in the back end, never the user's fault. */
export class WriteInQueryError extends AppError {
  constructor(channel: string, what: string) {
    super('internal', `${channel} is a query and may not write ${what}`);
    this.name = 'WriteInQueryError';
  }
}

/** Runs one request; `changed` is read after the (possibly async) run has settled. */
export async function runInRequest<T>(kind: 'query' | 'command', channel: string, run: () => T): Promise<{ value: Awaited<T>; changed: string[] }> {
  const context: RequestContext = { kind, channel, changed: new Set() };
  const value = await storage.run(context, run);
  return { value, changed: [...context.changed].sort() };
}

export function inQuery(): boolean {
  return storage.getStore()?.kind === 'query';
}

/** Every write path calls this first: inside a query it refuses, inside a command it records the topic. */
export function beforeWrite(topic: string): void {
  const context = storage.getStore();
  if (!context) return; // start-up, tests and the CLI write outside any request
  if (context.kind === 'query') throw new WriteInQueryError(context.channel, topic);
  context.changed.add(topic);
}
