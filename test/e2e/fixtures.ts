import { test as base, expect } from '@playwright/test';
import path from 'node:path';
import { makeTempDir, startHost, type HostProcess } from '../support/host-process';
import { readNetworkLog } from '../support/network-log';

/**
 * Each test gets its own browser host process and data folder. `host.url` carries the launch
 * token, as the address `npm start` prints does. The host runs with the no-network hook, and a
 * test fails if the back end tried to reach anything but loopback meanwhile.
 */
export const test = base.extend<{ host: HostProcess; dataDir: string }>({
  dataDir: async ({}, use) => {
    await use(makeTempDir('otasuke-e2e-'));
  },
  host: async ({ dataDir }, use) => {
    const networkLog = path.join(makeTempDir('otasuke-net-'), 'network.jsonl');
    const host = await startHost(dataDir, { networkLog });
    await use(host);
    await host.stop();
    const { loaded, attempts } = readNetworkLog(networkLog);
    if (!loaded) throw new Error('the no-network hook was not loaded into the browser host');
    if (attempts.length) throw new Error(`the back end tried to reach the network: ${JSON.stringify(attempts)}`);
  },
});

export { expect };

/** Seeds a data folder with the demo company through the real API, then returns the host. */
export async function apiCall(host: HostProcess, channel: string, payload: unknown = {}): Promise<unknown> {
  const response = await fetch(`${host.origin}/api/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-otasuke-token': host.token },
    body: JSON.stringify(payload),
  });
  return response.json();
}
