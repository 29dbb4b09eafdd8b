import PDFDocument from 'pdfkit';
import { findPdfFonts } from '../../electron/services/pdf/fonts';

/**
 * The least any PDF of these lines can cost on our stack: pdfkit alone, the app's Japanese font,
 * one text call per line at fixed positions, no layout, no tables, no fallback fonts. Used to
 * show where the summary's own cost sits between this floor and a one-page document.
 */
export function pdfkitLines(lines: readonly string[]): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', compress: true });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.registerFont('main', findPdfFonts().regular);
    doc.font('main').fontSize(8);
    let y = 40;
    for (const line of lines) {
      if (y > 800) {
        doc.addPage();
        y = 40;
      }
      doc.text(line, 40, y, { lineBreak: false });
      y += 12;
    }
    doc.end();
  });
}
