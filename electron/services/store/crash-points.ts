import fs from 'node:fs';

/**
 * Test-only crash hook. Every file-system step that matters for crash safety (each step of the
 * atomic write, each folder made, moved or removed) calls `crashPoint(label)` just before it runs.
 * In the app this is one comparison: nothing is armed unless OTASUKE_CRASH_AT is set when the
 * process starts. Then the steps are counted, and at step k (OTASUKE_CRASH_AT=k; 0 = only count)
 * the process SIGKILLs itself: no cleanup, no `finally`, exactly like pulling the plug on the
 * process (the data already handed to the kernel stays, as on a real crash of the app).
 * With OTASUKE_CRASH_TRACE=1 each step is also written to stderr, so a test can name the step.
 */
const armedAt = process.env.OTASUKE_CRASH_AT === undefined ? -1 : Number(process.env.OTASUKE_CRASH_AT);
const trace = armedAt >= 0 && process.env.OTASUKE_CRASH_TRACE === '1';
let passed = 0;

export function crashPoint(label: string): void {
  if (armedAt < 0) return;
  passed += 1;
  // Synchronous, so the line is out before a kill at this very step.
  if (trace) fs.writeSync(2, `crash-point ${passed} ${label}\n`);
  if (passed === armedAt) process.kill(process.pid, 'SIGKILL');
}

/** Whether the crash test is counting (never in the app). */
export function crashPointsArmed(): boolean {
  return armedAt >= 0;
}

/** How many steps this process has passed (0 unless armed): the driver reports it as N. */
export function crashPointsPassed(): number {
  return passed;
}
