import { buildVisitSheet, sheetFits, visitCopies, type VisitSheetInput } from '../../../shared/visits/visit-sheet';
import { pdfPageCount, renderPdf } from '../../services/pdf/pdf-renderer';

/**
 * The visit record on exactly one page a copy: rendered at the roomiest layout first and made
 * smaller until each copy fits, the page count of the real PDF being the judge (as the
 * emergency card does).
 */
export async function renderVisitSheet(input: VisitSheetInput): Promise<Buffer> {
  let pdf: Buffer | null = null;
  for (const fit of sheetFits) {
    pdf = await renderPdf(buildVisitSheet(input, fit));
    if (pdfPageCount(pdf) <= visitCopies.length) return pdf;
  }
  return pdf!;
}
