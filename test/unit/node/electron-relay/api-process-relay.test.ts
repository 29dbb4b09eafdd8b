import { MessageChannel, type MessagePort } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { startApiProcessHost, type ApiChild } from '../../../../electron/api-process/api-process-host';
import type { RelayMessage, RelayPort } from '../../../../electron/api-process/relay-peer';
import { serveApi } from '../../../../electron/api-process/serve-api';
import { createApi } from '../../../../electron/services/create-api';
import type { Dispatch } from '../../../../electron/services/dispatch';
import type { Platform, SaveFileRequest } from '../../../../electron/services/platform';
import { AppError } from '../../../../shared/api/result';
import { makeTempDir } from '../../../support/temp-dir';

const openPorts: MessagePort[] = [];
afterEach(() => {
  for (const port of openPorts.splice(0)) port.close();
});

const portOf = (port: MessagePort): RelayPort => {
  openPorts.push(port);
  return { post: (message) => port.postMessage(message), listen: (onMessage) => port.on('message', (m: RelayMessage) => onMessage(m)) };
};

/** An "API process" on a MessageChannel: the real serving side, a crash we trigger ourselves. */
function fakeChild(createDispatch: (platform: Platform) => Dispatch) {
  const { port1, port2 } = new MessageChannel();
  serveApi(portOf(port2), '9.9.9', createDispatch);
  const exitListeners: ((code: number) => void)[] = [];
  const crash = (code: number) => {
    port1.close();
    port2.close();
    for (const listener of exitListeners) listener(code);
  };
  const child: ApiChild = { ...portOf(port1), onExit: (listener) => void exitListeners.push(listener), kill: () => crash(0) };
  return { child, crash };
}

const never = new Promise<never>(() => {});
const quiet = { log: () => {} };

describe('Electron main relaying to the API process', () => {
  it('answers each call by its id, even when the answers come back in another order', async () => {
    const dispatch: Dispatch = async (channel, payload) => {
      if (channel === 'slow') await new Promise((resolve) => setTimeout(resolve, 50));
      return { ok: true, value: { channel, payload } };
    };
    const host = startApiProcessHost(() => fakeChild(() => dispatch).child, { saveFile: async () => null }, quiet);
    const slow = host.dispatch('slow', { n: 1 });
    const fast = host.dispatch('fast', { n: 2 });
    expect(await fast).toEqual({ ok: true, value: { channel: 'fast', payload: { n: 2 } } });
    expect(await slow).toEqual({ ok: true, value: { channel: 'slow', payload: { n: 1 } } });
    host.stop();
  });

  it('runs the real dispatch there, and its save dialog is the one in main, errors keeping their code', async () => {
    const saved: SaveFileRequest[] = [];
    const saveFile = async (request: SaveFileRequest) => {
      saved.push(request);
      if (request.suggestedName === 'full.pdf') throw new AppError('storage_full', 'disk full');
      return `/home/user/${request.suggestedName}`;
    };
    const dataDir = makeTempDir('otasuke-relay-');
    const host = startApiProcessHost(() => fakeChild((platform) => createApi({ dataDir, platform }).dispatch).child, { saveFile }, quiet);
    const base64 = Buffer.from('%PDF-1.7').toString('base64');
    const file = { mimeType: 'application/pdf', base64 };
    expect(await host.dispatch('files:save', { fileName: 'summary.pdf', ...file })).toMatchObject({ ok: true, value: { path: '/home/user/summary.pdf' } });
    expect(Buffer.from(saved[0]!.data).toString()).toBe('%PDF-1.7');
    expect(saved[0]!.filters).toEqual([{ name: 'PDF', extensions: ['pdf'] }]);
    expect(await host.dispatch('files:save', { fileName: 'full.pdf', ...file })).toMatchObject({ ok: false, error: { code: 'storage_full' } });
    expect(await host.dispatch('app:info', {})).toMatchObject({ ok: true, value: { host: 'electron', version: '9.9.9' } });
    expect(await host.dispatch('no:such', {})).toEqual({ ok: false, error: { code: 'unknown_channel' } });
    host.stop();
  });

  it('answers unanswered calls `internal` when the process exits, starts it once more, then answers `internal` at once', async () => {
    const children: ReturnType<typeof fakeChild>[] = [];
    const dispatch: Dispatch = (channel) => (channel === 'hang' ? never : Promise.resolve({ ok: true, value: children.length }));
    const host = startApiProcessHost(() => {
      children.push(fakeChild(() => dispatch));
      return children.at(-1)!.child;
    }, { saveFile: async () => null }, quiet);

    const stuck = host.dispatch('hang', {});
    expect(await host.dispatch('ping', {})).toEqual({ ok: true, value: 1 });
    children[0]!.crash(1);
    expect(await stuck).toEqual({ ok: false, error: { code: 'internal' } });
    // Restarted once: the next call is answered by the new process.
    expect(await host.dispatch('ping', {})).toEqual({ ok: true, value: 2 });

    const stuckAgain = host.dispatch('hang', {});
    children[1]!.crash(1);
    expect(await stuckAgain).toEqual({ ok: false, error: { code: 'internal' } });
    expect(await host.dispatch('ping', {})).toEqual({ ok: false, error: { code: 'internal' } });
    expect(children).toHaveLength(2);
  });

  it('stopping for good (the app quits) does not start another process', async () => {
    let spawned = 0;
    const host = startApiProcessHost(() => {
      spawned += 1;
      return fakeChild(() => async () => ({ ok: true, value: null })).child;
    }, { saveFile: async () => null }, quiet);
    host.stop();
    expect(spawned).toBe(1);
    expect(await host.dispatch('ping', {})).toEqual({ ok: false, error: { code: 'internal' } });
  });
});
