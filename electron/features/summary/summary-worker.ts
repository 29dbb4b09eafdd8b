import { parentPort } from 'node:worker_threads';
import type { SummaryInput } from '../../../shared/summary/input';
import type { SummaryOptions } from '../../../shared/summary/options';
import { renderSummaryPdf } from './generate';

/**
 * Worker entry (its own bundle, out/main/summary-worker.js): lays out and renders the summary
 * PDF so pdfmake's synchronous layout never holds up the back end's other API calls.
 */
export interface SummaryJob {
  id: number;
  input: SummaryInput;
  options: SummaryOptions;
  generatedAt: string;
}

export type SummaryJobResult = { id: number; pdf: Uint8Array; fingerprint: string } | { id: number; error: string };

parentPort?.on('message', (job: SummaryJob) => {
  renderSummaryPdf(job.input, job.options, new Date(job.generatedAt)).then(
    ({ pdf, fingerprint }) => {
      const bytes = new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
      parentPort!.postMessage({ id: job.id, pdf: bytes, fingerprint } satisfies SummaryJobResult);
    },
    (error: unknown) => parentPort!.postMessage({ id: job.id, error: error instanceof Error ? error.message : String(error) } satisfies SummaryJobResult),
  );
});
