import type { SummaryOptions } from '../../../shared/summary/options';
import { jsonChunks } from '../../services/off-thread/slices';
import { fingerprintLanguage, summaryInputFrom, type SummarySources } from './collect-input';
import { summaryFingerprint } from './fingerprint';
import { renderSummaryPdf } from './generate';

/**
 * A summary as the summary worker makes it: from the stored documents as JSON (the incidents in
 * chunks, turned into text between event-loop turns), so the thread answering the UI neither maps
 * 10,000 incidents nor copies a large object graph to the worker.
 */
export interface SummaryJob {
  /** Every source but the incidents, as one JSON text. */
  rest: string;
  incidents: string[];
  options: SummaryOptions;
  generatedAt: string;
  /** Only the fingerprint (the summary page shows it before any PDF is made). */
  fingerprintOnly?: boolean;
}

export type SummaryJobResult = { pdf: Uint8Array | null; fingerprint: string };

export async function summaryJob(sources: SummarySources, options: SummaryOptions, generatedAt: Date, fingerprintOnly = false): Promise<SummaryJob> {
  const { incidents, ...rest } = sources;
  return { rest: JSON.stringify(rest), incidents: await jsonChunks(incidents), options, generatedAt: generatedAt.toISOString(), fingerprintOnly };
}

export async function runSummaryJob(job: SummaryJob): Promise<SummaryJobResult> {
  const rest = JSON.parse(job.rest) as Omit<SummarySources, 'incidents'>;
  const incidents = job.incidents.flatMap((chunk) => JSON.parse(chunk) as SummarySources['incidents']);
  const generatedAt = new Date(job.generatedAt);
  const sources = { ...rest, incidents };
  const reference = summaryInputFrom(sources, fingerprintLanguage, generatedAt);
  if (job.fingerprintOnly) return { pdf: null, fingerprint: summaryFingerprint(reference) };
  const input = job.options.language === fingerprintLanguage ? reference : summaryInputFrom(sources, job.options.language, generatedAt);
  const { pdf, fingerprint } = await renderSummaryPdf(input, job.options, generatedAt, reference);
  return { pdf: new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength), fingerprint };
}
