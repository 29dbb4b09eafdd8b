import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

// Not named `require`: the bundler declares its own `require` shim in the same chunk.
const resolveFrom = createRequire(import.meta.url);

export interface PdfFontFiles {
  dir: string;
  regular: string;
  bold: string;
}

/**
 * BIZ UDPGothic TrueType files from the npm package (OFL-1.1). TrueType outlines, not CID-keyed
 * OTF, because pdfkit has drawn blank glyphs with the latter.
 */
export function findPdfFonts(): PdfFontFiles {
  const dir = path.dirname(resolveFrom.resolve('@expo-google-fonts/biz-udpgothic/package.json'));
  const files = {
    dir,
    regular: path.join(dir, '400Regular', 'BIZUDPGothic_400Regular.ttf'),
    bold: path.join(dir, '700Bold', 'BIZUDPGothic_700Bold.ttf'),
  };
  for (const file of [files.regular, files.bold]) {
    if (!fs.existsSync(file)) throw new Error(`PDF font missing: ${file}`);
  }
  return files;
}
