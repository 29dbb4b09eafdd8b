/**
 * Where the browser host serves the API: one POST per channel at `/api/<channel>`. Spelled here
 * only, for the host, the page's HTTP transport and the tests that call the host directly.
 */
export const apiPathPrefix = '/api/';

/** The path of one channel's endpoint; the host decodes what follows the prefix back. */
export function apiPath(channel: string): string {
  return `${apiPathPrefix}${encodeURIComponent(channel)}`;
}
