import { apiContract, type Api, type Transport } from '../../shared/api/contract';
import { buildFromContract } from '../../shared/api/endpoint';
import { createApi } from '../../electron/services/create-api';
import type { ServicesOptions } from '../../electron/services/services';
import { createApiClient } from '../../renderer/src/api/client';
import { makeTempDir } from './temp-dir';

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
  const api: Api = createApiClient(transport);
  return { api, services, dispatch, dataDir };
}
