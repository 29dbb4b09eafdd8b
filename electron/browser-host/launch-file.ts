import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * The browser is opened on a small local page that forwards to the launch address, instead of
 * on the address itself: a process's command line can be read by every user of the machine
 * (`ps`, /proc/<pid>/cmdline), a file in a private folder (0700, file 0600) only by us. The page
 * is removed once the browser has signed in, or when the code would have expired anyway.
 */
export interface LaunchFile {
  /** A file:// address that holds no secret itself. */
  fileUrl: string;
  path: string;
  remove(): void;
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function writeLaunchFile(launchUrl: string, ttlMs: number): LaunchFile {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'otasuke-launch-')); // created 0700
  const file = path.join(dir, 'open.html');
  const html =
    '<!doctype html><html lang="ja"><head><meta charset="utf-8">' +
    `<meta http-equiv="refresh" content="0;url=${escapeAttribute(launchUrl)}">` +
    '<title>おたすけデスク</title></head><body></body></html>\n';
  fs.writeFileSync(file, html, { mode: 0o600, flag: 'wx' });
  const remove = () => fs.rmSync(dir, { recursive: true, force: true });
  setTimeout(remove, ttlMs).unref();
  return { fileUrl: pathToFileURL(file).href, path: file, remove };
}
