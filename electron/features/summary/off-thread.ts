import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { SummaryInput } from '../../../shared/summary/input';
import type { SummaryOptions } from '../../../shared/summary/options';
import { renderSummaryPdf } from './generate';
import type { SummaryJob, SummaryJobResult } from './summary-worker';

type Rendered = { pdf: Buffer; fingerprint: string };

/** The built worker sits next to the main bundle's entry (or one folder up from a chunk). */
function workerFile(): string | null {
  const name = 'summary-worker.js'; // a variable, so the bundler leaves the URL alone
  for (const relative of [`./${name}`, `../${name}`]) {
    try {
      const file = fileURLToPath(new URL(relative, import.meta.url));
      if (fs.existsSync(file)) return file;
    } catch {
      // not a file: URL (e.g. under a test runner): fall through to in-thread rendering
    }
  }
  return null;
}

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
  const file = workerFile();
  if (!file) return renderSummaryPdf(input, options, generatedAt);
  const w = summaryWorker(file);
  const id = nextId++;
  return new Promise<Rendered>((resolve, reject) => {
    pending.set(id, { resolve, reject });
    w.ref(); // keep the process alive until the answer arrives
    w.postMessage({ id, input, options, generatedAt: generatedAt.toISOString() } satisfies SummaryJob);
  });
}
