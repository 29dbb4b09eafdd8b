import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'vite';
import type { CrashScenario } from './crash-driver';
import { makeTempDir } from './temp-dir';

/** Bundles test/support/crash-driver.ts from the real sources into one plain-Node file. */
export async function bundleCrashDriver(): Promise<string> {
  const outDir = makeTempDir('otasuke-crash-driver-');
  await build({
    configFile: false,
    logLevel: 'silent',
    ssr: { noExternal: true },
    build: {
      ssr: path.resolve(__dirname, 'crash-driver.ts'),
      outDir,
      emptyOutDir: true,
      minify: false,
      // DuckDB's native binding cannot be bundled; the statistics feature loads it only on use.
      rollupOptions: { external: ['@duckdb/node-api'], output: { format: 'es', entryFileNames: 'crash-driver.mjs' } },
    },
  });
  return path.join(outDir, 'crash-driver.mjs');
}

export interface DriverRun {
  acks: Record<string, unknown>[];
  /** The steps passed in a run to the end (crashAt 0); null when killed. */
  steps: number | null;
  /** The step the kill landed on, as the crash point named it. */
  killedAt: string | null;
  signal: NodeJS.Signals | null;
  /** The label of every step passed, in order. */
  labels: string[];
}

/** Runs one scenario in a child; `crashAt` 0 runs it to the end, k > 0 kills it at step k. */
export function runCrashDriver(driver: string, dataDir: string, scenario: CrashScenario, paramsFile: string, crashAt: number): Promise<DriverRun> {
  return new Promise((resolve, reject) => {
    const env = { ...process.env, OTASUKE_CRASH_AT: String(crashAt), OTASUKE_CRASH_TRACE: '1' };
    const child = spawn(process.execPath, [driver, dataDir, scenario, paramsFile], { stdio: ['ignore', 'pipe', 'pipe'], env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const points = [...stderr.matchAll(/^crash-point (\d+) (.+)$/gm)];
      const last = points.at(-1);
      const run: DriverRun = {
        acks: [...stdout.matchAll(/^ack (.+)$/gm)].map((m) => JSON.parse(m[1]!) as Record<string, unknown>),
        steps: Number(/^steps (\d+)$/m.exec(stdout)?.[1] ?? NaN),
        killedAt: signal === 'SIGKILL' && last ? last[2]! : null,
        signal,
        labels: points.map((p) => p[2]!),
      };
      if (signal === 'SIGKILL' && crashAt > 0 && Number(last?.[1]) === crashAt) return resolve({ ...run, steps: null });
      if (crashAt === 0 && code === 0) return resolve(run);
      reject(new Error(`${scenario} at step ${crashAt}: exit ${code} ${signal}\n${stderr.replace(/^crash-point .*\n/gm, '')}`));
    });
  });
}

const leftoverName = /(\.tmp|\.prev)$|^\.(staging|replaced|deleting)-|^\.write-probe/;

/** Temp files, staging folders and other half-done work anywhere in the data folder. */
export function leftovers(dataDir: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (leftoverName.test(entry.name)) found.push(path.relative(dataDir, full));
      else if (entry.isDirectory()) walk(full);
    }
  };
  walk(dataDir);
  return found;
}
