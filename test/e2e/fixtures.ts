import { test as base, expect } from '@playwright/test';
import { makeTempDir, startHost, type HostProcess } from '../support/host-process';

/**
 * Each test gets its own browser host process and data folder. `host.url` carries the launch
 * token, as the address `npm start` prints does.
 */
export const test = base.extend<{ host: HostProcess; dataDir: string }>({
  dataDir: async ({}, use) => {
    await use(makeTempDir('otasuke-e2e-'));
  },
  host: async ({ dataDir }, use) => {
    const host = await startHost(dataDir);
    await use(host);
    await host.stop();
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
