import type { IncomingMessage } from 'node:http';
import { readCookie, sessionCookieName, type LaunchSessions } from './launch-sessions';

/** Host names a loopback server answers to; anything else is a DNS-rebinding attempt. */
const loopbackHosts = new Set(['127.0.0.1', 'localhost', '[::1]']);

function parseHostHeader(value: string | undefined): URL | null {
  if (!value) return null;
  try {
    const url = new URL(`http://${value}`);
    // Reject anything that is more than host[:port] (user info, path…).
    return url.username || url.password || url.pathname !== '/' ? null : url;
  } catch {
    return null;
  }
}

export function isAllowedHost(hostHeader: string | undefined, port: number): boolean {
  const url = parseHostHeader(hostHeader);
  return !!url && loopbackHosts.has(url.hostname) && Number(url.port) === port;
}

/** Same-origin requests may omit Origin; when present it must be our own loopback origin. */
export function isAllowedOrigin(originHeader: string | undefined, port: number): boolean {
  if (originHeader === undefined) return true;
  let url: URL;
  try {
    url = new URL(originHeader);
  } catch {
    return false;
  }
  return url.protocol === 'http:' && loopbackHosts.has(url.hostname) && Number(url.port) === port;
}

/** API calls must come from our own loopback page and carry the session cookie a launch code gave. */
export function guardApiRequest(req: IncomingMessage, port: number, sessions: LaunchSessions): boolean {
  return (
    isAllowedHost(req.headers.host, port) &&
    isAllowedOrigin(req.headers.origin, port) &&
    sessions.isSession(readCookie(req.headers.cookie, sessionCookieName(port)))
  );
}
