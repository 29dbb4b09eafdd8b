import { readStaticFile, securityHeaders } from '../services/static-files';
import { appHost } from './app-url';

/**
 * Serves `app://otasuke/<path>` from the built renderer folder, with the CSP as a header.
 * Other hosts and paths outside the folder get 404. Pure (no electron import) so it is tested in Node.
 */
export function handleAppRequest(requestUrl: string, rendererDir: string): Response {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return new Response('Bad Request', { status: 400 });
  }
  if (url.host !== appHost) return new Response('Not Found', { status: 404 });
  const file = readStaticFile(rendererDir, url.pathname);
  if (!file) return new Response('Not Found', { status: 404 });
  return new Response(new Uint8Array(file.body), { status: 200, headers: { ...securityHeaders, 'Content-Type': file.type } });
}
