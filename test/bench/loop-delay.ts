import { monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';

export interface LoopDelay {
  /** monitorEventLoopDelay's p99 (ms): one sample per timer turn, however long the turn. */
  samplesP99: number;
  /**
   * p99 over time (ms): how long a request arriving at a random moment waits for the thread.
   * A 3 s stall is one sample above but 3 s of waiting here, so this one cannot hide stalls.
   */
  timeP99: number;
  maxMs: number;
  samples: number;
  /** The garbage collector's pauses of this thread over 20 ms: a stall no worker can take away. */
  gcPausesMs: number[];
}

/** The wait w that a request arriving at a random moment exceeds 1% of the time, from the turn gaps. */
function timeWeightedP99(gaps: number[], totalMs: number): number {
  // A request landing in a gap g waits between 0 and g: P(wait > w) = Σ max(0, g − w) / total.
  const exceeds = (w: number) => gaps.reduce((sum, g) => sum + Math.max(0, g - w), 0) / totalMs;
  let low = 0;
  let high = Math.max(0, ...gaps);
  for (let i = 0; i < 40; i += 1) {
    const mid = (low + high) / 2;
    if (exceeds(mid) > 0.01) low = mid;
    else high = mid;
  }
  return high;
}

/** This thread's event-loop delay while `run` runs: a 1 ms timer, and the gaps between its turns. */
export async function measureLoopDelay(run: () => Promise<unknown>): Promise<LoopDelay> {
  const histogram = monitorEventLoopDelay({ resolution: 1 });
  const gcPausesMs: number[] = [];
  const gc = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.duration > 20) gcPausesMs.push(Math.round(entry.duration));
  });
  gc.observe({ entryTypes: ['gc'] });
  const gaps: number[] = [];
  let last = performance.now();
  const tick = setInterval(() => {
    const now = performance.now();
    gaps.push(now - last);
    last = now;
  }, 1);
  const start = performance.now();
  histogram.enable();
  // The histogram counts from its first timer turn: give it one before the work starts.
  await new Promise((resolve) => setTimeout(resolve, 5));
  try {
    await run();
  } finally {
    histogram.disable();
    clearInterval(tick);
    gc.disconnect();
  }
  gaps.push(performance.now() - last);
  return {
    samplesP99: histogram.percentile(99) / 1e6,
    timeP99: timeWeightedP99(gaps, performance.now() - start),
    maxMs: histogram.max / 1e6,
    samples: histogram.count,
    gcPausesMs,
  };
}
