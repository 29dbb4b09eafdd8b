import { AsyncLocalStorage } from 'node:async_hooks';
import { AppError } from '../../shared/api/result';
import type { Workspace } from './workspaces';

/**
 * What the dispatch knows about the call being answered: whether it is a query (read-only) or a
 * command, and which topics (documents, features) a command has written so far. Kept in
 * AsyncLocalStorage so the store can check it without every function passing it along.
 */
interface RequestContext {
  kind: 'query' | 'command';
  channel: string;
  changed: Set<string>;
  /** The company the request named (checked by the dispatch); null for app-wide calls. */
  workspace: Workspace | null;
  /** Set when a command made the calling window open another company (create, switch, import). */
  opened?: string;
}

const storage = new AsyncLocalStorage<RequestContext>();

/** A write attempted while answering a query: a bug in the back end, never the user's fault. */
export class WriteInQueryError extends AppError {
  constructor(channel: string, what: string) {
    super('internal', `${channel} is a query and may not write ${what}`);
    this.name = 'WriteInQueryError';
  }
}

export interface RequestOutcome<T> {
  value: Awaited<T>;
  changed: string[];
  opened?: string;
}

/**
 * Runs one request; `changed` is read after the (possibly async) run has settled. The company is
 * opened inside the request too, so that opening it (which reads its files) obeys the query rule.
 */
export async function runInRequest<T>(
  kind: 'query' | 'command',
  channel: string,
  run: () => T,
  openWorkspace: () => Workspace | null = () => null,
): Promise<RequestOutcome<T>> {
  const context: RequestContext = { kind, channel, changed: new Set(), workspace: null };
  const value = await storage.run(context, () => {
    context.workspace = openWorkspace();
    return run();
  });
  return { value, changed: [...context.changed].sort(), ...(context.opened ? { opened: context.opened } : {}) };
}

/** Outside any request (start-up, the CLI, tests) this is undefined: callers pick the company themselves. */
export function requestContext(): Readonly<Pick<RequestContext, 'channel' | 'workspace'>> | undefined {
  return storage.getStore();
}

/** The calling window now shows `workspace`; later code in the same command works on it too. */
export function openInRequest(workspace: Workspace): void {
  const context = storage.getStore();
  if (!context) return;
  context.workspace = workspace;
  context.opened = workspace.id;
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
