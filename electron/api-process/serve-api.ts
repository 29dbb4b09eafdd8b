import type { Dispatch } from '../services/dispatch';
import type { Platform } from '../services/platform';
import type { ApiProcessMethods, MainProcessMethods } from './api-relay';
import { createRelayPeer, type RelayPort } from './relay-peer';

/**
 * The API process's side: answers main's `dispatch` calls with the real dispatch, and gives
 * the services a platform whose save dialog is main's (through the same port).
 */
export function serveApi(port: RelayPort, appVersion: string, createDispatch: (platform: Platform) => Dispatch): void {
  let dispatch: Dispatch | null = null;
  const methods: ApiProcessMethods = {
    dispatch: ({ channel, payload }) => dispatch!(channel, payload),
  };
  const peer = createRelayPeer<MainProcessMethods>(port, methods);
  dispatch = createDispatch({ host: 'electron', appVersion, saveFile: (request) => peer.call('saveFile', request) });
}
