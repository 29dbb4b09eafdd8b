import { Worker } from 'node:worker_threads';
import { builtWorkerFile } from './worker-file';
import { fromWireError, type WireError } from './wire-error';

export type JobRequest<Job> = { id: number; job: Job };
export type JobReply<Result> = { id: number; ok: true; value: Result } | { id: number; ok: false; error: WireError };

/**
 * Runs jobs in one worker thread built as `fileName` (see serve-jobs.ts for its side), so the
 * thread answering the UI only hands work over. Without the built worker (unit tests run the
 * TypeScript sources) the job runs in place through `inPlace`, with the same result.
 */
export function createWorkerClient<Job, Result>(fileName: string, inPlace: (job: Job) => Promise<Result>): (job: Job) => Promise<Result> {
  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<number, { resolve: (value: Result) => void; reject: (error: Error) => void }>();

  function failAll(error: Error): void {
    for (const job of pending.values()) job.reject(error);
    pending.clear();
    worker = null; // the next job starts a fresh one
  }

  function start(file: string): Worker {
    const started = new Worker(file);
    started.unref(); // an idle worker never keeps the app or the command line alive
    started.on('message', (reply: JobReply<Result>) => {
      const job = pending.get(reply.id);
      if (!job) return;
      pending.delete(reply.id);
      if (reply.ok) job.resolve(reply.value);
      else job.reject(fromWireError(reply.error));
      if (pending.size === 0) started.unref();
    });
    started.on('error', failAll);
    started.on('exit', (code) => {
      if (worker === started) failAll(new Error(`${fileName} stopped (${code})`));
    });
    return started;
  }

  return (job) => {
    const file = builtWorkerFile(fileName);
    if (!file) return inPlace(job);
    worker ??= start(file);
    const w = worker;
    const id = nextId++;
    return new Promise<Result>((resolve, reject) => {
      pending.set(id, { resolve, reject });
      w.ref(); // keep the process alive until the answer arrives
      w.postMessage({ id, job } satisfies JobRequest<Job>);
    });
  };
}
