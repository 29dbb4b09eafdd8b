import { apiContract, type Transport } from '../../../shared/api/contract';
import { buildFromContract } from '../../../shared/api/endpoint';
import { apiPath } from '../../../shared/api/http-path';
import { isApiResult, type ApiResult } from '../../../shared/api/result';

/**
 * The same contract over HTTP to the browser host; each call is one POST /api/<channel>. The
 * browser host authenticates by the HttpOnly session cookie it set when the window opened its
 * one-time launch address, so no secret passes through this code (or any script on the page).
 */
export function createHttpTransport(fetchImpl: typeof fetch = fetch): Transport {
  return buildFromContract(apiContract, ({ channel }) => async (request?: unknown): Promise<ApiResult<unknown>> => {
    let response: Response;
    try {
      response = await fetchImpl(apiPath(channel), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        credentials: 'same-origin',
        body: JSON.stringify(request ?? {}),
      });
    } catch {
      return { ok: false, error: { code: 'internal', detail: 'network' } };
    }
    const body: unknown = await response.json().catch(() => null);
    return isApiResult(body) ? body : { ok: false, error: { code: 'internal', detail: `HTTP ${response.status}` } };
  }) as unknown as Transport;
}
