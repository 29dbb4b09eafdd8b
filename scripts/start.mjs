// `npm start`: build, then run the Electron app; where its binary is missing, say so in one
// line and start the browser host instead.
import { spawn, spawnSync } from 'node:child_process';
import { electronBinaryPath } from './electron-binary.mjs';

const extraArgs = process.argv.slice(2);

const build = spawnSync('npx', ['electron-vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit', shell: process.platform === 'win32' });
if (build.status !== 0) process.exit(build.status ?? 1);

const binary = electronBinaryPath();
const [command, args] = binary
  ? [binary, ['.', ...extraArgs]]
  : [process.execPath, ['out/main/browser-host.js', ...extraArgs]];
if (!binary) console.log('Electron is not installed on this machine (its download was blocked), so Otasuke Desk starts in the browser host instead.');

const child = spawn(command, args, { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
