import { describe, expect, it, vi } from 'vitest';
import { apiContract } from '../../../../shared/api/contract';
import { listChannels } from '../../../../shared/api/endpoint';
import { registerIpc } from '../../../../electron/main/ipc';
import { createInProcessApi } from '../../../support/in-process-api';

vi.mock('electron', () => ({ default: {} }));

type Handler = (event: { senderFrame: { url: string } | null }, payload: unknown) => unknown;

/** A stand-in for ipcMain that records what was registered, so calls can be made as a renderer would. */
function fakeIpcMain() {
  const handlers = new Map<string, Handler>();
  return {
    handlers,
    handle: (channel: string, listener: Handler) => {
      if (handlers.has(channel)) throw new Error(`registered twice: ${channel}`);
      handlers.set(channel, listener);
    },
  };
}

function setup() {
  const ipc = fakeIpcMain();
  const { dispatch } = createInProcessApi();
  const spy = vi.fn(dispatch);
  const channels = registerIpc(ipc as never, spy);
  return { ipc, spy, channels };
}

const ownFrame = { senderFrame: { url: 'app://otasuke/index.html#/settings' } };

describe('IPC registration and sender check (checklist 17, 20)', () => {
  it('registers every contract channel, and only those', () => {
    const { ipc, channels } = setup();
    const expected = listChannels(apiContract).map((c) => c.channel).sort();
    expect([...ipc.handlers.keys()].sort()).toEqual(expected);
    expect(channels.sort()).toEqual(expected);
  });

  it.each([
    ['a null frame', { senderFrame: null }],
    ['a foreign https page', { senderFrame: { url: 'https://evil.example/' } }],
    ['another app: host', { senderFrame: { url: 'app://evil/index.html' } }],
    ['a host with our name as prefix', { senderFrame: { url: 'app://otasuke.evil/index.html' } }],
    ['a file: page', { senderFrame: { url: 'file:///tmp/index.html' } }],
    ['an empty URL', { senderFrame: { url: '' } }],
  ])('rejects calls from %s with forbidden on every channel, before any handler runs', async (_label, event) => {
    const { ipc, spy } = setup();
    for (const [channel, handler] of ipc.handlers) {
      expect(await handler(event, {}), channel).toEqual({ ok: false, error: { code: 'forbidden' } });
    }
    expect(spy).not.toHaveBeenCalled();
  });

  it('accepts calls from our own app:// page', async () => {
    const { ipc } = setup();
    const result = await ipc.handlers.get('settings:get')!(ownFrame, {});
    expect(result).toMatchObject({ ok: true, value: { language: 'ja' } });
  });

  it('validates the payload of trusted calls too', async () => {
    const { ipc } = setup();
    expect(await ipc.handlers.get('settings:setLanguage')!(ownFrame, { language: 'fr' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_request' },
    });
    expect(await ipc.handlers.get('settings:get')!(ownFrame, { extra: 1 })).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
  });

  it('allows the dev server origin only when one is given', async () => {
    const ipc = fakeIpcMain();
    registerIpc(ipc as never, createInProcessApi().dispatch, 'http://localhost:5173');
    const devFrame = { senderFrame: { url: 'http://localhost:5173/#/' } };
    expect(await ipc.handlers.get('settings:get')!(devFrame, {})).toMatchObject({ ok: true });
    expect(await ipc.handlers.get('settings:get')!({ senderFrame: { url: 'http://localhost:5174/' } }, {})).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    const prod = setup();
    expect(await prod.ipc.handlers.get('settings:get')!(devFrame, {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});
