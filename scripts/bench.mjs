// `npm run bench`: runs test/bench/*.bench.test.ts, then prints one table of ratios
// (measured ÷ baseline from the same run) against their targets.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

const dir = 'test-results/bench';
rmSync(dir, { recursive: true, force: true });
const status = spawnSync('npx', ['vitest', 'run', '-c', 'vitest.bench.config.ts', ...process.argv.slice(2)], { stdio: 'inherit', shell: process.platform === 'win32' }).status;

const rows = existsSync(dir) ? readdirSync(dir).map((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8'))) : [];
console.log('\n| benchmark | measured | baseline (same run) | ratio | target | |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const r of rows.sort((a, b) => a.name.localeCompare(b.name))) {
  const fmt = (v) => `${Number(v.toFixed(2))} ${r.unit}`;
  console.log(`| ${r.name} | ${r.measured}: ${fmt(r.value)} | ${r.baseline}: ${fmt(r.baselineValue)} | ${r.ratio.toFixed(2)}× | ≤ ${r.target}× | ${r.ratio <= r.target ? 'met' : 'MISSED'} |`);
}
process.exit(status ?? 1);
