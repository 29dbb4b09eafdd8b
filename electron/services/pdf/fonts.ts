import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

// Not named `require`: the electron-vite bundle already declares one at the top of the chunk.
const resolveModule = createRequire(import.meta.url);

export interface PdfFontFamily {
  /** The name document models use (`font: …`). */
  family: string;
  dir: string;
  regular: string;
  bold: string;
}

function fromPackage(family: string, packageName: string, regular: string, bold: string): PdfFontFamily {
  const dir = path.dirname(resolveModule.resolve(`${packageName}/package.json`));
  const files = { family, dir, regular: path.join(dir, regular), bold: path.join(dir, bold) };
  for (const file of [files.regular, files.bold]) {
    if (!fs.existsSync(file)) throw new Error(`PDF font missing: ${file}`);
  }
  return files;
}

/**
 * BIZ UDPGothic TrueType files from the npm package (OFL-1.1). TrueType outlines, not CID-keyed
 * OTF, because pdfkit has drawn blank glyphs with the latter.
 */
export function findPdfFonts(): PdfFontFamily {
  return fromPackage('BIZUDPGothic', '@expo-google-fonts/biz-udpgothic', '400Regular/BIZUDPGothic_400Regular.ttf', '700Bold/BIZUDPGothic_700Bold.ttf');
}

/**
 * Fonts for characters BIZ UDPGothic lacks, tried in order (both OFL-1.1): Noto Sans JP has the
 * kanji outside JIS X 0208 that names use (𠮷, 𩸽…), Noto Emoji the emoji people type in notes.
 */
export function findFallbackFonts(): PdfFontFamily[] {
  return [
    fromPackage('NotoSansJP', '@expo-google-fonts/noto-sans-jp', '400Regular/NotoSansJP_400Regular.ttf', '700Bold/NotoSansJP_700Bold.ttf'),
    fromPackage('NotoEmoji', '@expo-google-fonts/noto-emoji', '400Regular/NotoEmoji_400Regular.ttf', '700Bold/NotoEmoji_700Bold.ttf'),
  ];
}
