import { presetOptions, type SummaryOptions } from '../../../shared/summary/options';
import { createWorkerClient } from '../../services/off-thread/worker-client';
import type { SummarySources } from './collect-input';
import { runSummaryJob, summaryJob, type SummaryJob, type SummaryJobResult } from './summary-job';

const runJob = createWorkerClient<SummaryJob, SummaryJobResult>('summary-worker.js', runSummaryJob);

/**
 * Makes the summary of `sources` in the summary worker when the built worker exists (the app,
 * the browser host); in place otherwise (unit tests run the TypeScript sources), the same way.
 */
export async function renderSummaryOffThread(sources: SummarySources, options: SummaryOptions, generatedAt: Date): Promise<{ pdf: Buffer; fingerprint: string }> {
  const { pdf, fingerprint } = await runJob(await summaryJob(sources, options, generatedAt));
  if (!pdf) throw new Error('the summary worker sent no PDF');
  return { pdf: Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength), fingerprint };
}

/** The full fingerprint of the summary `sources` would print, computed in the summary worker. */
export async function summaryFingerprintOffThread(sources: SummarySources, language: SummaryOptions['language'], today: Date): Promise<string> {
  // The fingerprint is of the input alone: the options only carry the language here.
  return (await runJob(await summaryJob(sources, presetOptions('provider', language), today, true))).fingerprint;
}
