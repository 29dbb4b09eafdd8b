import { apiContract, type Api, type Transport } from '../../shared/api/contract';
import { buildFromContract, channelScopes } from '../../shared/api/endpoint';
import { createApi } from '../../electron/services/create-api';
import type { ServicesOptions } from '../../electron/services/services';
import { createApiClient } from '../../renderer/src/api/client';
import { createWindowWorkspace } from '../../renderer/src/api/window-workspace';
import { makeTempDir } from './temp-dir';

const scopes = channelScopes(apiContract);

/**
 * The real handler table and stores on a temp folder, called in-process: component tests
 * exercise the same validation and storage as the app, without a server or Electron.
 */
export function createInProcessApi(options: Partial<ServicesOptions> = {}) {
  const dataDir = options.dataDir ?? makeTempDir('otasuke-unit-');
  const { services, dispatch } = createApi({ dataDir, platform: { host: 'browser', appVersion: '0.0.0-test' }, ...options });
  const transport = buildFromContract(apiContract, ({ channel }) => (request?: unknown) =>
    // A JSON round trip, as over IPC or HTTP: nothing but data crosses.
    dispatch(channel, JSON.parse(JSON.stringify(request ?? {}))),
  ) as unknown as Transport;
  /** Another window on the same back end: its own company, its own client. */
  const openWindow = () => {
    const windowWorkspace = createWindowWorkspace();
    return { api: createApiClient(transport, windowWorkspace) as Api, windowWorkspace };
  };
  const first = openWindow();
  /** A raw call as the first window's client sends it: its company named when the channel needs one. */
  const dispatchInWindow = (channel: string, payload: Record<string, unknown> = {}) =>
    dispatch(channel, scopes.get(channel) === 'app' ? payload : { workspaceId: first.windowWorkspace.get(), ...payload });
  return { ...first, openWindow, services, dispatch, dispatchInWindow, dataDir };
}
