// Runs one of the app's command lines (a main-process bundle in out/main/) in plain Node, first
// building the bundles when the entry is missing or older than the sources. Used by
// `npm run summary` and `npm run stats`.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

function newestSource(dirs) {
  let newest = 0;
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else newest = Math.max(newest, statSync(full).mtimeMs);
    }
  };
  dirs.filter(existsSync).forEach(walk);
  return newest;
}

export function runBuiltCli(entry, args) {
  if (!existsSync(entry) || statSync(entry).mtimeMs < newestSource(['electron', 'shared'])) {
    console.error('Building the command line…');
    const build = spawnSync('npx', ['electron-vite', 'build', '--logLevel', 'warn'], { stdio: ['ignore', 'ignore', 'inherit'], shell: process.platform === 'win32' });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  const run = spawnSync(process.execPath, [entry, ...args], { stdio: 'inherit' });
  process.exit(run.status ?? 1);
}
