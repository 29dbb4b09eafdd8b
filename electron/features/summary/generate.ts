import { companyFileName } from '../../../shared/files/company-file-name';
import type { GeneratedFile } from '../../../shared/files/schema';
import { buildSummaryDocument } from '../../../shared/summary/document';
import { shortFingerprint } from '../../../shared/fingerprint/short-form';
import type { SummaryInput } from '../../../shared/summary/input';
import type { SummaryOptions } from '../../../shared/summary/options';
import { renderPdf } from '../../services/pdf/pdf-renderer';
import { summaryFingerprint } from './fingerprint';
import { localDay } from '../../../shared/dates/local-day';

/** e.g. summary-insurer-2026-11-25.pdf: ASCII, so every file system and mail client keeps it. */
export function summaryFileName(options: SummaryOptions, generatedAt: Date, company: string): string {
  // The company is named: a supporter saving summaries of many companies tells them apart.
  return companyFileName(`summary-${options.audience}`, company, localDay(generatedAt), 'pdf');
}

/**
 * Renders the summary of `input` to PDF bytes. The fingerprint is of the data, not of the
 * language: `fingerprintOf` is the same data collected in the reference language (Japanese), so
 * the English and the Japanese PDF of one company on one day carry the same fingerprint.
 */
export async function renderSummaryPdf(
  input: SummaryInput,
  options: SummaryOptions,
  generatedAt: Date,
  fingerprintOf: SummaryInput = input,
): Promise<{ pdf: Buffer; fingerprint: string }> {
  const fingerprint = summaryFingerprint(fingerprintOf);
  const doc = buildSummaryDocument(input, options, { generatedAt: generatedAt.toISOString(), fingerprint });
  return { pdf: await renderPdf(doc), fingerprint };
}

/** For the API: `source` rendered by `render` (off the back end's thread in the app, see off-thread.ts). */
export async function generateSummaryFile<Source>(
  source: Source,
  options: SummaryOptions,
  generatedAt: Date,
  render: (source: Source, options: SummaryOptions, generatedAt: Date) => Promise<{ pdf: Buffer; fingerprint: string }>,
  company: string,
): Promise<GeneratedFile> {
  const { pdf, fingerprint } = await render(source, options, generatedAt);
  return {
    fileName: summaryFileName(options, generatedAt, company),
    mimeType: 'application/pdf',
    base64: pdf.toString('base64'),
    fingerprint: shortFingerprint(fingerprint),
  };
}
