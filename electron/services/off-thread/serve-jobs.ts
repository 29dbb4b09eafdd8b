import { parentPort } from 'node:worker_threads';
import type { JobReply, JobRequest } from './worker-client';
import { toWireError } from './wire-error';

/** The worker's side of worker-client.ts: answers each job, an error included, by its id. */
export function serveJobs<Job, Result>(run: (job: Job) => Promise<Result>): void {
  const port = parentPort;
  if (!port) return;
  port.on('message', ({ id, job }: JobRequest<Job>) => {
    run(job).then(
      (value) => port.postMessage({ id, ok: true, value } satisfies JobReply<Result>),
      (error: unknown) => port.postMessage({ id, ok: false, error: toWireError(error) } satisfies JobReply<Result>),
    );
  });
}
