import { spawnSync } from 'node:child_process';
import path from 'node:path';

export const rendererOut = path.resolve('out/renderer');

/** Builds the app from the current sources, so benches never measure a stale `out/`. */
export function buildApp(): void {
  const result = spawnSync('npx', ['electron-vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) throw new Error('electron-vite build failed');
}
