import { apiContract, type Transport } from '../../../shared/api/contract';
import { buildFromContract } from '../../../shared/api/endpoint';
import { isApiResult, type ApiResult } from '../../../shared/api/result';

const tokenKey = 'otasuke-token';
const tokenHeader = 'x-otasuke-token';

/**
 * The browser host hands the per-launch token in the first URL (`?token=`). Keep it for this tab
 * and take it out of the address bar, so it is not bookmarked or shown.
 */
export function takeLaunchToken(location: Location, storage: Storage, history: History): string | null {
  const url = new URL(location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    storage.setItem(tokenKey, fromUrl);
    url.searchParams.delete('token');
    history.replaceState(history.state, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return storage.getItem(tokenKey);
}

/** The same contract over HTTP to the browser host; each call is one POST /api/<channel>. */
export function createHttpTransport(token: string | null, fetchImpl: typeof fetch = fetch): Transport {
  return buildFromContract(apiContract, ({ channel }) => async (request?: unknown): Promise<ApiResult<unknown>> => {
    let response: Response;
    try {
      response = await fetchImpl(`/api/${encodeURIComponent(channel)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { [tokenHeader]: token } : {}) },
        body: JSON.stringify(request ?? {}),
      });
    } catch {
      return { ok: false, error: { code: 'internal', detail: 'network' } };
    }
    const body: unknown = await response.json().catch(() => null);
    return isApiResult(body) ? body : { ok: false, error: { code: 'internal', detail: `HTTP ${response.status}` } };
  }) as unknown as Transport;
}
