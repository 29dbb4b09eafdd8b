// `npm run test:long`: the long proofs at full strength (CI runs it after `npm test`):
// 200 SIGKILLs of a writing child process, a SIGKILL at every file-system step of the store,
// replace, restore, delete and recovery paths, and 3,000 fuzz payloads per API channel.
// `npm test` runs the same files with 30 kills, a subset of the steps and 1,000 payloads per channel.
import { spawnSync } from 'node:child_process';
import { requirePrerequisites } from './prerequisites.mjs';

// The same machine check as `npm test` (CI runs this first, so it sets the machine up for both).
requirePrerequisites();

const env = { ...process.env, CRASH_KILLS: process.env.CRASH_KILLS ?? '200', CRASH_STEPS: process.env.CRASH_STEPS ?? 'all', FUZZ_RUNS: process.env.FUZZ_RUNS ?? '3000' };
const status = spawnSync('npx', ['vitest', 'run', 'test/unit/node/crash', 'test/unit/node/fuzz'], {
  stdio: 'inherit',
  env,
  shell: process.platform === 'win32',
}).status;
process.exit(status ?? 1);
