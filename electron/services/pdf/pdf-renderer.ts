import path from 'node:path';
import pdfmake from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { findPdfFonts, type PdfFontFiles } from './fonts';

/** The family name document models use (`defaultStyle.font`). */
export const pdfFontFamily = 'BIZUDPGothic';

function isInside(dir: string, target: string): boolean {
  const relative = path.relative(dir, path.resolve(target));
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

let configuredFor: PdfFontFiles | null = null;

/**
 * pdfmake is a process-wide singleton: configure it once. It may fetch no URL at all, and read
 * local files only inside the font folder, so a document definition can never pull in
 * anything else (the renderer never sends one anyway; models are built here from stored data).
 */
function configure(): void {
  if (configuredFor) return;
  const fonts = findPdfFonts();
  pdfmake.setFonts({
    [pdfFontFamily]: { normal: fonts.regular, bold: fonts.bold, italics: fonts.regular, bolditalics: fonts.bold },
  });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((target: string) => isInside(fonts.dir, target));
  configuredFor = fonts;
}

/** Renders a pdfmake document definition to PDF bytes. */
export async function renderPdf(doc: TDocumentDefinitions): Promise<Buffer> {
  configure();
  const definition: TDocumentDefinitions = {
    ...doc,
    defaultStyle: { font: pdfFontFamily, ...doc.defaultStyle },
  };
  return pdfmake.createPdf(definition).getBuffer();
}

/** How many pages a PDF from `renderPdf` has (pdfkit writes its page objects uncompressed). */
export function pdfPageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
}
