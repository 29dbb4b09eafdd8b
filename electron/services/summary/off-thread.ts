import { Worker } from 'node:worker_threads';
import type { SummaryInput } from '../../../shared/summary/input';
import type { SummaryOptions } from '../../../shared/summary/options';
import { builtWorkerFile } from '../off-thread/worker-file';
import { renderSummaryPdf } from './generate';
import type { SummaryJob, SummaryJobResult } from './summary-worker';

type Rendered = { pdf: Buffer; fingerprint: string };

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, { resolve: (r: Rendered) => void; reject: (e: Error) => void }>();

function failAll(error: Error) {
  for (const job of pending.values()) job.reject(error);
  pending.clear();
  worker = null;
}

function summaryWorker(file: string): Worker {
  if (worker) return worker;
  const started = new Worker(file);
  started.unref(); // an idle worker never keeps the app or the command line alive
  started.on('message', (result: SummaryJobResult) => {
    const job = pending.get(result.id);
    if (!job) return;
    pending.delete(result.id);
    if ('error' in result) job.reject(new Error(result.error));
    else job.resolve({ pdf: Buffer.from(result.pdf.buffer, result.pdf.byteOffset, result.pdf.byteLength), fingerprint: result.fingerprint });
    if (pending.size === 0) started.unref();
  });
  started.on('error', failAll);
  started.on('exit', (code) => failAll(new Error(`summary worker stopped (${code})`)));
  worker = started;
  return started;
}

/**
 * Renders the summary in a worker thread when the built worker exists (the app, the browser
 * host, the command line); in place otherwise (unit tests run the TypeScript sources).
 */
export function renderSummaryPdfOffThread(input: SummaryInput, options: SummaryOptions, generatedAt: Date): Promise<Rendered> {
  const file = builtWorkerFile('summary-worker.js');
  if (!file) return renderSummaryPdf(input, options, generatedAt);
  const w = summaryWorker(file);
  const id = nextId++;
  return new Promise<Rendered>((resolve, reject) => {
    pending.set(id, { resolve, reject });
    w.ref(); // keep the process alive until the answer arrives
    w.postMessage({ id, input, options, generatedAt: generatedAt.toISOString() } satisfies SummaryJob);
  });
}
