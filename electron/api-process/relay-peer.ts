import { fromWireError, toWireError, type WireError } from '../services/off-thread/wire-error';

/**
 * One small request/response protocol, used both ways between Electron's main process and the
 * API process: main calls `dispatch`, the API process calls back for what needs Electron
 * (the save dialog). Every call carries an id; its reply names the same id.
 */
export type RelayMessage =
  | { type: 'call'; id: number; method: string; params: unknown }
  | { type: 'reply'; id: number; ok: true; value: unknown }
  | { type: 'reply'; id: number; ok: false; error: WireError };

/** The channel under the protocol: a utility process, its parentPort, or a MessagePort in tests. */
export interface RelayPort {
  post(message: RelayMessage): void;
  listen(onMessage: (message: RelayMessage) => void): void;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each method names its own parameter type
export type RelayMethods = Record<string, (params: any) => Promise<unknown>>;

/** The other side went away with this call unanswered (the caller answers `internal`). */
export class RelayClosedError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'RelayClosedError';
  }
}

export interface RelayPeer<Remote extends RelayMethods> {
  call<K extends keyof Remote & string>(method: K, params: Parameters<Remote[K]>[0]): Promise<Awaited<ReturnType<Remote[K]>>>;
  /** Rejects every unanswered call, and every later one, with RelayClosedError. */
  close(reason: string): void;
  pending(): number;
}

export function createRelayPeer<Remote extends RelayMethods>(port: RelayPort, local: RelayMethods): RelayPeer<Remote> {
  const waiting = new Map<number, { resolve: (value: never) => void; reject: (error: Error) => void }>();
  let nextId = 1;
  let closedBy: string | null = null;

  const answer = (id: number, method: string, params: unknown) => {
    const handler = Object.hasOwn(local, method) ? local[method] : undefined;
    const run = handler ? Promise.resolve().then(() => handler(params)) : Promise.reject(new Error(`no relay method ${method}`));
    run.then(
      (value) => closedBy === null && port.post({ type: 'reply', id, ok: true, value }),
      (error: unknown) => closedBy === null && port.post({ type: 'reply', id, ok: false, error: toWireError(error) }),
    );
  };

  port.listen((message) => {
    if (closedBy !== null) return;
    if (message.type === 'call') return answer(message.id, message.method, message.params);
    const call = waiting.get(message.id);
    if (!call) return; // a late reply to a call already failed
    waiting.delete(message.id);
    if (message.ok) call.resolve(message.value as never);
    else call.reject(fromWireError(message.error));
  });

  return {
    call: (method, params) =>
      new Promise((resolve, reject) => {
        if (closedBy !== null) return reject(new RelayClosedError(closedBy));
        const id = nextId++;
        waiting.set(id, { resolve, reject });
        port.post({ type: 'call', id, method, params });
      }),
    close: (reason) => {
      closedBy = reason;
      for (const call of waiting.values()) call.reject(new RelayClosedError(reason));
      waiting.clear();
    },
    pending: () => waiting.size,
  };
}
