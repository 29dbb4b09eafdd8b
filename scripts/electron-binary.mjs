// Finds the installed Electron binary without triggering electron's own on-demand download
// (requiring the `electron` package downloads it when missing, which hangs offline).
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

export function electronPackageDir() {
  try {
    return path.dirname(require.resolve('electron/package.json'));
  } catch {
    return null;
  }
}

/** The Electron executable's path, or null when it was never downloaded. */
export function electronBinaryPath() {
  const dir = electronPackageDir();
  if (!dir) return null;
  const pathFile = path.join(dir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const relative = readFileSync(pathFile, 'utf8').trim();
  const base = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? path.join(dir, 'dist');
  const full = path.join(base, relative);
  return existsSync(full) ? full : null;
}
