import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeTempDir } from './temp-dir';
import { noNetworkHook } from './network-log';

export { makeTempDir };

export interface HostProcess {
  url: string;
  origin: string;
  token: string;
  port: number;
  dataDir: string;
  /** Where the no-network hook records outbound attempts, when the host was started with it. */
  networkLog?: string;
  stop(): Promise<void>;
}

export interface StartHostOptions {
  /** Load test/support/no-network-hook.mjs into the host and log outbound attempts to this file. */
  networkLog?: string;
}

export const repoRoot = path.resolve(fileURLToPath(new URL('../..', import.meta.url)));
const hostEntry = path.join(repoRoot, 'out/main/browser-host.js');


/** Starts the built browser host exactly as `npm start` would, on its own data folder. */
export async function startHost(dataDir: string = makeTempDir(), options: StartHostOptions = {}): Promise<HostProcess> {
  if (!fs.existsSync(hostEntry)) throw new Error('Build first: out/main/browser-host.js is missing (npm run build).');
  const hook = options.networkLog ? ['--import', noNetworkHook] : [];
  const env = options.networkLog ? { ...process.env, OTASUKE_NET_LOG: options.networkLog } : process.env;
  const child: ChildProcess = spawn(process.execPath, [...hook, hostEntry, '--no-open', '--data-dir', dataDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env,
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`browser host did not start: ${out}`)), 15_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /running at (http:\/\/\S+)/.exec(out);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`browser host exited (${code}): ${out}`)));
  });
  const parsed = new URL(url);
  return {
    url,
    origin: parsed.origin,
    token: parsed.searchParams.get('token') ?? '',
    port: Number(parsed.port),
    dataDir,
    ...(options.networkLog ? { networkLog: options.networkLog } : {}),
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
