import path from 'node:path';
import pdfmake from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { openSync } from 'fontkit';
import { findFallbackFonts, findPdfFonts, type PdfFontFamily } from './fonts';
import { fitDocumentText, type GlyphCoverage } from './text-runs';
import { installPdfmakeFastPaths } from './pdfmake-fast-paths';

/** The family name document models use (`defaultStyle.font`). */
export const pdfFontFamily = 'BIZUDPGothic';

function isInside(dir: string, target: string): boolean {
  const relative = path.relative(dir, path.resolve(target));
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

let coverage: GlyphCoverage | null = null;

/**
 * pdfmake is a process-wide singleton: configure it once. It may fetch no URL at all, and read
 * local files only inside the font folders, so a document definition can never pull in
 * anything else (the renderer never sends one anyway; models are built here from stored data).
 */
function configure(): GlyphCoverage {
  if (coverage) return coverage;
  const main = findPdfFonts();
  const fallbacks = findFallbackFonts();
  const families: PdfFontFamily[] = [main, ...fallbacks];
  pdfmake.setFonts(Object.fromEntries(families.map((f) => [f.family, { normal: f.regular, bold: f.bold, italics: f.regular, bolditalics: f.bold }])));
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((target: string) => families.some((f) => isInside(f.dir, target)));
  installPdfmakeFastPaths(main.regular);
  const glyphs = (font: PdfFontFamily) => {
    const file = openSync(font.regular);
    return (codePoint: number) => file.hasGlyphForCodePoint(codePoint);
  };
  coverage = { main: glyphs(main), fallbacks: fallbacks.map((f) => ({ family: f.family, has: glyphs(f) })) };
  return coverage;
}

/** Renders a pdfmake document definition to PDF bytes. */
export async function renderPdf(doc: TDocumentDefinitions): Promise<Buffer> {
  const { doc: fitted } = fitDocumentText(doc, configure());
  const definition: TDocumentDefinitions = {
    ...fitted,
    defaultStyle: { font: pdfFontFamily, ...doc.defaultStyle },
  };
  return pdfmake.createPdf(definition).getBuffer();
}

/** How many pages a PDF from `renderPdf` has (pdfkit writes its page objects uncompressed). */
export function pdfPageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
}
