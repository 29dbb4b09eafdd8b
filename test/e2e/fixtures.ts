import { test as base, expect, type Page } from '@playwright/test';
import path from 'node:path';
import { makeTempDir, startHost, type HostProcess } from '../support/host-process';
import { readNetworkLog } from '../support/network-log';
import { apiContract } from '../../shared/api/contract';
import { channelScopes } from '../../shared/api/endpoint';
import { apiPath } from '../../shared/api/http-path';

/**
 * Gives the page the session the host's printed launch address gave (HttpOnly, SameSite=Strict,
 * as the host set it), so `page.goto(host.url)` opens the app signed in.
 */
export async function signIn(page: Page, host: HostProcess): Promise<void> {
  await page.context().addCookies([{ ...host.cookie, url: host.url, httpOnly: true, sameSite: 'Strict' }]);
}

/**
 * Each test gets its own browser host process and data folder, and its page the session from the
 * host's one-time launch address (test/support/host-process.ts). The host runs with the
 * no-network hook, and a test fails if the back end tried to reach anything but loopback meanwhile.
 */
export const test = base.extend<{ host: HostProcess; dataDir: string }>({
  page: async ({ page, host }, use) => {
    await signIn(page, host);
    await use(page);
  },
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

async function post(host: HostProcess, channel: string, payload: unknown): Promise<unknown> {
  const response = await fetch(`${host.origin}${apiPath(channel)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: host.cookieHeader },
    body: JSON.stringify(payload),
  });
  return response.json();
}

const scopes = channelScopes(apiContract);

/**
 * One call through the real API, as a window that has just opened would make it: a
 * company-scoped call names the company a new window opens with, unless the payload names one.
 */
export async function apiCall(host: HostProcess, channel: string, payload: Record<string, unknown> = {}): Promise<unknown> {
  if (scopes.get(channel) === 'app' || 'workspaceId' in payload) return post(host, channel, payload);
  const lastOpened = (await post(host, 'workspaces:lastOpened', {})) as { value: { id: string } | null };
  return post(host, channel, { workspaceId: lastOpened.value?.id ?? null, ...payload });
}
