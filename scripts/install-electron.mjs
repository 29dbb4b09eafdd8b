// Runs Electron's own binary download, which package.json's allowScripts keeps npm from running.
// Why: where only the npm registry is reachable that download fails and would make `npm ci`
// exit 1; here a failure just means the app starts in the browser host instead.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { electronBinaryPath, electronPackageDir } from './electron-binary.mjs';

const dir = electronPackageDir();
if (!dir) process.exit(0); // production install without devDependencies
if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) {
  console.log('Electron binary download skipped (ELECTRON_SKIP_BINARY_DOWNLOAD); the browser host will be used.');
  process.exit(0);
}
if (electronBinaryPath()) process.exit(0); // already installed

const result = spawnSync(process.execPath, [path.join(dir, 'install.js')], {
  cwd: dir,
  stdio: ['ignore', 'ignore', 'pipe'],
  timeout: 180_000,
  encoding: 'utf8',
});
if (result.status === 0 && electronBinaryPath()) {
  console.log('Electron binary installed.');
} else {
  const reason = (result.stderr || '').split('\n').find((l) => /error/i.test(l))?.trim() ?? 'no network';
  console.log(`Electron binary could not be downloaded (${reason.slice(0, 120)}); \`npm start\` will use the browser host.`);
}
