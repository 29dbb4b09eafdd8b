import fs from 'node:fs';
import path from 'node:path';

/**
 * The content security policy for the UI, sent by both hosts. Nothing remote, no inline script,
 * no plugins; PDFs are previewed from blob: URLs the page makes itself.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "frame-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export const securityHeaders: Record<string, string> = {
  'Content-Security-Policy': contentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

const mimeTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

export function mimeTypeOf(filePath: string): string {
  return mimeTypes[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Maps a URL path to a file inside `root`, or null when it would leave it. The decoded path is
 * resolved and checked with `path.relative` (a same-prefix sibling folder is not "inside"), and
 * encoded separators and NUL bytes are refused outright.
 */
export function resolveStaticPath(root: string, urlPathname: string): string | null {
  if (/%2f|%5c|%00/i.test(urlPathname)) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const relativeRequest = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  const rootResolved = path.resolve(root);
  const target = path.resolve(rootResolved, relativeRequest);
  const relative = path.relative(rootResolved, target);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return null;
  return target;
}

/** Reads a static file for a request, or null when it is outside the root or not a file. */
export function readStaticFile(root: string, urlPathname: string): { body: Buffer; type: string } | null {
  const target = resolveStaticPath(root, urlPathname);
  if (!target) return null;
  try {
    if (!fs.statSync(target).isFile()) return null;
    return { body: fs.readFileSync(target), type: mimeTypeOf(target) };
  } catch {
    return null;
  }
}
