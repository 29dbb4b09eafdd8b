import { apiContract, type Api, type Transport } from '../../../shared/api/contract';
import { buildFromContract } from '../../../shared/api/endpoint';
import { ApiCallError } from './api-error';
import { createHttpTransport } from './http-transport';

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

/** Turns a transport's results into plain values, throwing ApiCallError on failure. */
export function createApiClient(transport: Transport): Api {
  return buildFromContract(apiContract, ({ namespace, method }) => async (request?: unknown) => {
    const call = (transport as unknown as Record<string, Record<string, (r?: unknown) => Promise<unknown>>>)[namespace]?.[method];
    if (!call) throw new ApiCallError({ code: 'unknown_channel' });
    const result = (await call(request)) as Awaited<ReturnType<Transport['app']['info']>>;
    if (!result.ok) throw new ApiCallError(result.error);
    const { changed } = result;
    if (changed?.length) await Promise.all([...changeListeners].map((listener) => listener(changed)));
    return result.value;
  }) as unknown as Api;
}

function defaultTransport(): Transport {
  if (window.api) return window.api;
  return createHttpTransport();
}

let client: Api | undefined;

/** The one way the UI reaches the back end. Tests swap it with `setApi`. */
export function getApi(): Api {
  client ??= createApiClient(defaultTransport());
  return client;
}

export function setApi(api: Api): void {
  client = api;
}
