import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { apiPathPrefix } from '../../shared/api/http-path';
import type { Dispatch } from '../services/dispatch';
import { readStaticFile, securityHeaders } from '../services/static-files';
import { createLaunchSessions, sessionCookieName } from './launch-sessions';
import { guardApiRequest, isAllowedHost } from './request-guard';

export interface BrowserHostOptions {
  dispatch: Dispatch;
  rendererDir: string;
  port?: number;
  /** Request bodies above this are refused before they are read whole. */
  maxBodyBytes?: number;
  /** Called each time a launch code is spent successfully (a window signed in). */
  onSessionStarted?: () => void;
}

export interface BrowserHost {
  /** The clean address (no secret in it): what the address bar shows once signed in. */
  url: string;
  port: number;
  /** An address with a fresh one-time launch code, to open the app once within `ttlMs`. */
  launchUrl(ttlMs?: number): string;
  close(): Promise<void>;
}

export const launchPath = '/launch';

/** Plain text for the person who opened a stale launch address; both languages, no UI loaded yet. */
const launchRefused =
  'この起動用アドレスは使用済みか期限切れです。おたすけデスクをもう一度起動してください。\n' +
  'This launch address has already been used or has expired. Start Otasuke Desk again.\n';

function send(res: http.ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, { ...securityHeaders, 'Content-Type': type, 'Cache-Control': 'no-store' });
  res.end(body);
}

function sendJson(res: http.ServerResponse, status: number, value: unknown): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));
}

/**
 * Reads a request body up to `limit` bytes; null when it is larger. An oversized body is not
 * buffered, but it is drained rather than cut off: destroying the socket mid-upload would make
 * the client see a connection reset instead of our 413 answer.
 */
function readBody(req: http.IncomingMessage, limit: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = Number.isFinite(declared) && declared > limit;
    if (tooLarge) resolve(null);
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      // Someone streaming far past the limit only wants to tie us up: hang up on them.
      if (size > limit * 4 + 1024 * 1024) return void req.destroy();
      if (tooLarge) return;
      if (size > limit) {
        tooLarge = true;
        chunks.length = 0;
        resolve(null);
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(tooLarge ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * The browser host: the built UI and the same handler table as Electron's IPC, on 127.0.0.1
 * only. The browser arrives once at /launch?code=… and leaves with an HttpOnly session cookie;
 * API calls need that cookie, our Host and (when sent) our Origin.
 */
export async function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  const sessions = createLaunchSessions();
  const maxBody = options.maxBodyBytes ?? 64 * 1024 * 1024;
  let port = 0;

  const server = http.createServer((req, res) => {
    void handle(req, res).catch(() => {
      if (!res.headersSent) sendJson(res, 500, { ok: false, error: { code: 'internal' } });
    });
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    if (!isAllowedHost(req.headers.host, port)) return send(res, 403, 'text/plain', 'Forbidden');
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    if (url.pathname.startsWith(apiPathPrefix)) {
      if (!guardApiRequest(req, port, sessions)) return sendJson(res, 403, { ok: false, error: { code: 'forbidden' } });
      if (req.method !== 'POST') return sendJson(res, 405, { ok: false, error: { code: 'invalid_request' } });
      const body = await readBody(req, maxBody);
      if (body === null) {
        res.setHeader('Connection', 'close');
        return sendJson(res, 413, { ok: false, error: { code: 'too_large' } });
      }
      let payload: unknown;
      try {
        payload = body.length ? JSON.parse(body) : {};
      } catch {
        return sendJson(res, 400, { ok: false, error: { code: 'invalid_request' } });
      }
      const channel = decodeURIComponent(url.pathname.slice(apiPathPrefix.length));
      return sendJson(res, 200, await options.dispatch(channel, payload));
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain', 'Method Not Allowed');
    if (url.pathname === launchPath) {
      // HEAD (a link preview, a prefetch) must not spend the code the window is about to use.
      const secret = req.method === 'GET' ? sessions.exchange(url.searchParams.get('code')) : null;
      if (!secret) return send(res, 403, 'text/plain; charset=utf-8', launchRefused);
      options.onSessionStarted?.();
      res.writeHead(303, {
        ...securityHeaders,
        'Cache-Control': 'no-store',
        'Set-Cookie': `${sessionCookieName(port)}=${secret}; HttpOnly; SameSite=Strict; Path=/`,
        // The next address is clean, so neither the address bar nor a bookmark holds a secret.
        Location: '/',
      });
      return void res.end();
    }
    const file = readStaticFile(options.rendererDir, url.pathname);
    if (!file) return send(res, 404, 'text/plain', 'Not Found');
    return send(res, 200, file.type, req.method === 'HEAD' ? '' : file.body);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    launchUrl: (ttlMs) => `http://127.0.0.1:${port}${launchPath}?code=${sessions.issueCode(ttlMs)}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
