import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces.js';

/**
 * Makes every text of a document printable before pdfmake sees it:
 * - a character the main font lacks goes to the first fallback font that has it, or becomes
 *   〓 (the printer's mark for a missing character) — never the empty box (tofu);
 * - a long run with no break opportunity (a URL, a contract number) is cut into inline pieces,
 *   so pdfmake can wrap it; otherwise it widens its table column past the page edge.
 * Nothing is added to the text itself: the pieces, put together, are the original characters.
 */
export interface GlyphCoverage {
  main: (codePoint: number) => boolean;
  fallbacks: { family: string; has: (codePoint: number) => boolean }[];
}

export const missingGlyphMark = '〓';
/** Runs longer than this without a break opportunity are cut into pieces of `pieceLength`. */
const longRun = 24;
const pieceLength = 16;
// Latin letters, digits and ASCII punctuation have no break opportunity between them.
const unbreakableRun = new RegExp(`[\\x21-\\x7e\\u00a1-\\u024f]{${longRun},}`, 'g');

type Inline = string | { text: string; font: string };

export class TextFitter {
  private readonly fontOf = new Map<number, string | null>();
  missing = 0;

  constructor(private readonly coverage: GlyphCoverage) {}

  /** '' for the main font, a family name for a fallback, null when no font has it. */
  private font(codePoint: number): string | null {
    let font = this.fontOf.get(codePoint);
    if (font === undefined) {
      if (codePoint < 0x20 || this.coverage.main(codePoint)) font = '';
      else font = this.coverage.fallbacks.find((f) => f.has(codePoint))?.family ?? null;
      this.fontOf.set(codePoint, font);
    }
    return font;
  }

  /** The text as pieces pdfmake can print; the same string back when nothing needs doing. */
  fit(text: string, wrap: boolean): string | Inline[] {
    const pieces: Inline[] = [];
    let run = '';
    let runFont = '';
    const flush = () => {
      if (run === '') return;
      if (runFont !== '') pieces.push({ text: run, font: runFont });
      else pieces.push(...(wrap ? cutLongRuns(run) : [run]));
      run = '';
    };
    for (const char of text) {
      let font = this.font(char.codePointAt(0)!);
      let printed = char;
      if (font === null) {
        this.missing += 1;
        font = '';
        printed = missingGlyphMark;
      }
      if (font !== runFont) {
        flush();
        runFont = font;
      }
      run += printed;
    }
    flush();
    return pieces.length === 1 && pieces[0] === text ? text : pieces;
  }
}

function cutLongRuns(text: string): string[] {
  if (text.length < longRun) return [text];
  const out: string[] = [];
  let last = 0;
  for (const match of text.matchAll(unbreakableRun)) {
    if (match.index > last) out.push(text.slice(last, match.index));
    for (let i = 0; i < match[0].length; i += pieceLength) out.push(match[0].slice(i, i + pieceLength));
    last = match.index + match[0].length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

type Node = Record<string, unknown>;
const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && !Array.isArray(value);

function fitInline(fitter: TextFitter, text: unknown, wrap: boolean): unknown {
  if (typeof text === 'string') return fitter.fit(text, wrap);
  if (Array.isArray(text)) {
    return text.map((part) => {
      if (typeof part === 'string') {
        const fitted = fitter.fit(part, wrap);
        return typeof fitted === 'string' ? fitted : { text: fitted };
      }
      return isNode(part) ? fitNode(fitter, part) : part;
    });
  }
  return text;
}

function fitNode(fitter: TextFitter, node: Node): Node {
  const out: Node = { ...node };
  if ('text' in node) out.text = fitInline(fitter, node.text, node.noWrap !== true);
  for (const key of ['stack', 'columns', 'ul', 'ol'] as const) {
    if (Array.isArray(node[key])) out[key] = (node[key] as unknown[]).map((child) => fitContent(fitter, child));
  }
  if (isNode(node.table) && Array.isArray(node.table.body)) {
    out.table = { ...node.table, body: (node.table.body as unknown[][]).map((row) => row.map((cell) => fitContent(fitter, cell))) };
  }
  return out;
}

function fitContent(fitter: TextFitter, content: unknown): unknown {
  if (typeof content === 'string') {
    const fitted = fitter.fit(content, true);
    return typeof fitted === 'string' ? fitted : { text: fitted };
  }
  if (Array.isArray(content)) return content.map((child) => fitContent(fitter, child));
  return isNode(content) ? fitNode(fitter, content) : content;
}

/** pdfmake's header and footer: content, or a function of the page that returns it. */
type DynamicContent = (...args: never[]) => unknown;

/** The document with every text fitted (content, header and footer); the input is not changed. */
export function fitDocumentText(doc: TDocumentDefinitions, coverage: GlyphCoverage): { doc: TDocumentDefinitions; missing: () => number } {
  const fitter = new TextFitter(coverage);
  const fitted = <F>(part: F): F =>
    typeof part === 'function' ? (((...args: never[]) => fitContent(fitter, (part as DynamicContent)(...args))) as F) : (fitContent(fitter, part) as F);
  return {
    doc: { ...doc, content: fitContent(fitter, doc.content) as Content, header: fitted(doc.header), footer: fitted(doc.footer) },
    missing: () => fitter.missing,
  };
}
