import type { ApiResult } from '../../shared/api/result';
import type { Dispatch } from '../services/dispatch';
import type { ApiProcessMethods, MainProcessMethods } from './api-relay';
import { createRelayPeer, type RelayPeer, type RelayPort } from './relay-peer';

/** A started API process as main sees it (Electron's utilityProcess, or a worker in tests). */
export interface ApiChild extends RelayPort {
  onExit(listener: (code: number) => void): void;
  kill(): void;
}

export interface ApiProcessHost {
  /** The same signature as the in-process dispatch: ipc.ts cannot tell the two apart. */
  dispatch: Dispatch;
  /** Ends the API process for good (the app is quitting): no restart. */
  stop(): void;
}

const internal: ApiResult<unknown> = { ok: false, error: { code: 'internal' } };

/**
 * Main's side: starts the API process, relays every call to it and serves its calls back.
 * If it exits, unanswered calls are answered `internal` (the window shows its error instead of
 * waiting forever) and it is started again, `restarts` times; after that every call is `internal`.
 */
export function startApiProcessHost(spawn: () => ApiChild, main: MainProcessMethods, options: { restarts?: number; log?: (message: string) => void } = {}): ApiProcessHost {
  const log = options.log ?? console.error;
  let restartsLeft = options.restarts ?? 1;
  let stopped = false;
  let current: { child: ApiChild; peer: RelayPeer<ApiProcessMethods> } | null = null;

  const start = () => {
    const child = spawn();
    const peer = createRelayPeer<ApiProcessMethods>(child, main);
    const started = { child, peer };
    child.onExit((code) => {
      peer.close(`API process exited (${code})`);
      if (current !== started) return;
      current = null;
      if (stopped) return;
      log(`API process exited (${code}); ${restartsLeft > 0 ? 'starting it again' : 'not starting it again'}`);
      if (restartsLeft > 0) {
        restartsLeft -= 1;
        start();
      }
    });
    current = started;
  };
  start();

  return {
    dispatch: async (channel, payload) => {
      if (!current) return internal;
      try {
        return await current.peer.call('dispatch', { channel, payload });
      } catch (error) {
        log(`API call ${String(channel)} failed: ${(error as Error).message}`);
        return internal;
      }
    },
    stop: () => {
      stopped = true;
      current?.peer.close('stopped');
      current?.child.kill();
      current = null;
    },
  };
}
