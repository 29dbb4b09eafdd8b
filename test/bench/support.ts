import fs from 'node:fs';
import path from 'node:path';

export const benchResultsDir = path.resolve('test-results/bench');

/** Median wall time in ms of `runs` calls, after `warmup` unmeasured ones. */
export async function medianMs(fn: () => unknown | Promise<unknown>, runs = 15, warmup = 3): Promise<number> {
  for (let i = 0; i < warmup; i += 1) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

export interface BenchRatio {
  name: string;
  /** What was measured, and against which baseline from the same run. */
  measured: string;
  baseline: string;
  value: number;
  baselineValue: number;
  unit: string;
  /** The ratio value / baseline must stay at or below this. */
  target: number;
}

/** Records one row of the `npm run bench` table; the runner prints them all at the end. */
export function recordRatio(row: BenchRatio): number {
  fs.mkdirSync(benchResultsDir, { recursive: true });
  const ratio = row.value / row.baselineValue;
  fs.writeFileSync(path.join(benchResultsDir, `${row.name.replace(/[^a-z0-9-]+/gi, '-')}.json`), JSON.stringify({ ...row, ratio }));
  return ratio;
}
