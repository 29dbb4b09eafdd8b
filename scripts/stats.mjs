// `npm run stats -- <files or folder> --out report.xlsx`: builds the main-process bundle when it is
// missing or older than the sources, then runs the statistics command line in plain Node.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const entry = 'out/main/stats-cli.js';

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

if (!existsSync(entry) || statSync(entry).mtimeMs < newestSource(['electron', 'shared'])) {
  console.error('Building the command line…');
  const build = spawnSync('npx', ['electron-vite', 'build', '--logLevel', 'warn'], { stdio: ['ignore', 'ignore', 'inherit'], shell: process.platform === 'win32' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const run = spawnSync(process.execPath, [entry, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(run.status ?? 1);
