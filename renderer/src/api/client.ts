import { apiContract, type Api, type Transport } from '../../../shared/api/contract';
import { buildFromContract, workspaceIdField } from '../../../shared/api/endpoint';
import { isStorageProblem } from '../../../shared/api/result';
import { ApiCallError } from './api-error';
import { createHttpTransport } from './http-transport';
import { createThisWindowWorkspace, type WindowWorkspace } from './window-workspace';

declare global {
  interface Window {
    /** Provided by the Electron preload; absent in the browser host. */
    api?: Transport;
  }
}

type ChangeListener = (changed: string[]) => Promise<unknown> | void;
const changeListeners = new Set<ChangeListener>();

/**
 * Called with what every successful command announced it changed, before the call resolves, so
 * a caller that awaits a command sees fresh queries. The one consumer is `query-client.ts`.
 */
export function onApiChanged(listener: ChangeListener): () => void {
  changeListeners.add(listener);
  return () => changeListeners.delete(listener);
}

async function notifyChanged(changed: string[]): Promise<void> {
  await Promise.all([...changeListeners].map((listener) => listener(changed)));
}

/**
 * Turns a transport's results into plain values, throwing ApiCallError on failure. Every
 * company-scoped call names the window's company; a command that opened another company
 * (created, imported, switched to) moves the window there.
 */
export function createApiClient(transport: Transport, windowWorkspace: WindowWorkspace): Api {
  return buildFromContract(apiContract, ({ namespace, method, endpoint }) => async (request?: unknown) => {
    const call = (transport as unknown as Record<string, Record<string, (r?: unknown) => Promise<unknown>>>)[namespace]?.[method];
    if (!call) throw new ApiCallError({ code: 'unknown_channel' });
    const payload = endpoint.scope === 'app' ? request : { ...(request as object | undefined), [workspaceIdField]: windowWorkspace.get() };
    const result = (await call(payload)) as Awaited<ReturnType<Transport['app']['info']>>;
    if (!result.ok) {
      // The disk refused the save: the banner that says so reads this topic.
      if (isStorageProblem(result.error.code)) await notifyChanged(['storage']);
      throw new ApiCallError(result.error);
    }
    if (result.opened) windowWorkspace.set(result.opened);
    const { changed } = result;
    if (changed?.length) await notifyChanged(changed);
    return result.value;
  }) as unknown as Api;
}

function defaultTransport(): Transport {
  if (window.api) return window.api;
  return createHttpTransport();
}

let client: { api: Api; windowWorkspace: WindowWorkspace } | undefined;

function connection() {
  if (!client) {
    const windowWorkspace = createThisWindowWorkspace();
    client = { api: createApiClient(defaultTransport(), windowWorkspace), windowWorkspace };
  }
  return client;
}

/** The one way the UI reaches the back end. Tests swap it with `setApi`. */
export function getApi(): Api {
  return connection().api;
}

/** The company this window shows (see window-workspace.ts). */
export function getWindowWorkspace(): WindowWorkspace {
  return connection().windowWorkspace;
}

export function setApi(api: Api, windowWorkspace: WindowWorkspace): void {
  client = { api, windowWorkspace };
}
