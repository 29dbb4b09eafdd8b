// `npm test`: typecheck, lint, unit (vitest), end-to-end (Playwright + Chromium) and the
// Electron smoke suite, then ONE closing line `N passed, N failed` summed over all of them,
// which is what CI reads. Each step runs even when an earlier one failed, so one run shows all.
// First of all, what the machine must have (Chromium, poppler, Japanese fonts) is checked and,
// where possible, installed; when it cannot be, one line says what to install and nothing runs.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { requirePrerequisites } from './prerequisites.mjs';

requirePrerequisites();

const results = [];
const run = (cmd, args, env = {}) =>
  spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env }, shell: process.platform === 'win32' }).status ?? 1;

function check(name, cmd, args) {
  const status = run(cmd, args);
  results.push({ name, passed: status === 0 ? 1 : 0, failed: status === 0 ? 0 : 1 });
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

/** Vitest's JSON report: count assertions-bearing tests, not files. */
function vitest() {
  const out = 'test-results/unit.json';
  rmSync(out, { force: true });
  const status = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${out}`]);
  const report = readJson(out);
  const passed = report?.numPassedTests ?? 0;
  const failed = (report?.numFailedTests ?? 0) + (status !== 0 && !report?.numFailedTests ? 1 : 0);
  results.push({ name: 'unit', passed, failed });
}

/** Playwright's JSON report: expected = passed, unexpected/flaky = failed, skipped kept apart. */
function playwright(name, config, outFile) {
  rmSync(outFile, { force: true });
  const status = run('npx', ['playwright', 'test', '-c', config]);
  const stats = readJson(outFile)?.stats;
  const passed = stats?.expected ?? 0;
  const failed = (stats?.unexpected ?? 0) + (stats?.flaky ?? 0) + (status !== 0 && !stats?.unexpected ? 1 : 0);
  results.push({ name, passed, failed, skipped: stats?.skipped ?? 0 });
}

mkdirSync('test-results', { recursive: true });
check('typecheck', 'npm', ['run', '--silent', 'typecheck']);
check('lint', 'npx', ['eslint', '.']);
check('build', 'npx', ['electron-vite', 'build', '--logLevel', 'warn']);
vitest();
if (existsSync('out/main/browser-host.js')) playwright('e2e', 'playwright.config.ts', 'test-results/e2e.json');
playwright('electron', 'playwright.electron.config.ts', 'test-results/electron.json');

console.log('\nSummary by runner:');
for (const r of results) console.log(`  ${r.name.padEnd(10)} ${r.passed} passed, ${r.failed} failed${r.skipped ? `, ${r.skipped} skipped` : ''}`);
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
const skipped = results.reduce((n, r) => n + (r.skipped ?? 0), 0);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed === 0 ? 0 : 1);
