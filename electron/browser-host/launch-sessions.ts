import { createHash, randomBytes } from 'node:crypto';

/**
 * One-time launch codes and the sessions they turn into. The code is the only secret that
 * travels in a URL (a browser's command line, its history); it works once and only for a few
 * seconds, so whoever reads it afterwards finds nothing usable. The session itself lives in an
 * HttpOnly cookie the page's scripts cannot read.
 */
export interface LaunchSessions {
  /** A fresh code, valid once within `ttlMs`. */
  issueCode(ttlMs?: number): string;
  /** Spends a code: a new session secret, or null when the code is unknown, used or expired. */
  exchange(code: string | null): string | null;
  isSession(secret: string | undefined): boolean;
}

export const defaultLaunchTtlMs = 10_000;

/** Stored as digests, so looking a presented value up reveals nothing through timing. */
const digest = (value: string): string => createHash('sha256').update(value).digest('hex');

export function createLaunchSessions(now: () => number = Date.now): LaunchSessions {
  const codes = new Map<string, number>();
  const sessions = new Set<string>();
  return {
    issueCode(ttlMs = defaultLaunchTtlMs) {
      const code = randomBytes(24).toString('base64url');
      codes.set(digest(code), now() + ttlMs);
      return code;
    },
    exchange(code) {
      if (!code) return null;
      const key = digest(code);
      const expiresAt = codes.get(key);
      // Spent on first sight, even when late: a code is never tried twice.
      codes.delete(key);
      if (expiresAt === undefined || expiresAt < now()) return null;
      const secret = randomBytes(32).toString('base64url');
      sessions.add(digest(secret));
      return secret;
    },
    isSession(secret) {
      return !!secret && sessions.has(digest(secret));
    },
  };
}

/** Cookies ignore ports, so the name carries it: two hosts on one machine never share one. */
export const sessionCookieName = (port: number): string => `otasuke-session-${port}`;

/** The value of one cookie from a Cookie header; undefined when absent or given twice. */
export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  const values = header
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part.startsWith(`${name}=`))
    .map((part) => part.slice(name.length + 1));
  return values.length === 1 ? values[0] : undefined;
}
