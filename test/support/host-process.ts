import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeTempDir } from './temp-dir';
import { noNetworkHook } from './network-log';

export { makeTempDir };

export interface HostProcess {
  /** The clean address; the session cookie below opens it. */
  url: string;
  origin: string;
  /** The session cookie the printed launch address gave, as a browser would keep it. */
  cookie: { name: string; value: string };
  /** `name=value`, for a Cookie header. */
  cookieHeader: string;
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

/**
 * Opens the printed launch address the way a browser does (GET, keep the cookie, follow to the
 * clean address): the harness gets its session exactly like a user, through the one-time code.
 */
export async function exchangeLaunchUrl(launchUrl: string): Promise<{ name: string; value: string }> {
  const response = await fetch(launchUrl, { redirect: 'manual' });
  const setCookie = response.headers.get('set-cookie') ?? '';
  const match = /^([^=;\s]+)=([^;]+)/.exec(setCookie);
  if (response.status !== 303 || !match?.[1] || !match[2]) throw new Error(`launch address refused: HTTP ${response.status}`);
  return { name: match[1], value: match[2] };
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
  const [url, launchUrl] = await new Promise<[string, string]>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`browser host did not start: ${out}`)), 15_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const running = /running at (http:\/\/\S+)/.exec(out);
      const launch = /works once.*?: (http:\/\/\S+)/.exec(out);
      if (running?.[1] && launch?.[1]) {
        clearTimeout(timer);
        resolve([running[1], launch[1]]);
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`browser host exited (${code}): ${out}`)));
  });
  const parsed = new URL(url);
  const cookie = await exchangeLaunchUrl(launchUrl);
  return {
    url,
    origin: parsed.origin,
    cookie,
    cookieHeader: `${cookie.name}=${cookie.value}`,
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
