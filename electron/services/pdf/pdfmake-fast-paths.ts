import { createRequire } from 'node:module';

/**
 * Faster versions of a few pdfmake 0.3.11 / pdfkit 0.19 / fontkit 2.0 internals that give exactly
 * the same results: the PDFs are byte-identical, creation time aside
 * (test/unit/node/summary/pdf-fast-paths.test.ts renders documents both ways and compares).
 *
 * Why patch at all: pdfmake breaks Japanese text into one inline per character, then for every
 * inline looks up about twenty-five style properties and measures its width, and pdfkit shapes
 * and encodes every inline again when drawing it. pdfmake offers no hook for any of this, so the
 * methods below are wrapped here, in one place; each falls back to the original when the fast
 * paths are turned off (`setPdfmakeFastPaths(false)`: the benchmark's pdfmake baseline, the test).
 *
 * - `StyleContextStack.getStyleProperty` (static): the original pushes the item and its style
 *   names onto the stack, allocates a closure and a Set for every named style it looks into and
 *   pops again, for every property of every character. This walks the same entries in the same
 *   order without changing the stack.
 * - `TextInlines.measure`: the original, statement for statement, but the stack's value of each
 *   property is looked up once per call (the stack does not change during it), and once for all
 *   the inlines that have no style of their own.
 * - pdfkit's `EmbeddedFont.layoutCached` (the glyph run of one word, for measuring and drawing):
 *   pdfkit remembers it per document; shaping the same word again for every document is a
 *   good part of each PDF's cost. The run's numbers (glyph ids, positions, width) depend on
 *   nothing but the font file and the word, so they are kept for the life of the process, per
 *   font file. The one thing shaping changes is fontkit's cache of glyph objects, which keep the
 *   characters of the call that made them (the PDF's ToUnicode map reads them): so every
 *   `getGlyph` call fontkit made while shaping the word is recorded (fontkit's `getGlyph` is
 *   wrapped for that) and made again, in order, on the document's own font, and the run handed
 *   back holds that font's glyph objects. Only plain TrueType fonts (glyf outlines, OpenType
 *   layout, no variations, no colour or AAT tables) take this path; others keep pdfkit's own.
 * - pdfkit's `EmbeddedFont.widthOfString`: the width of a text, remembered per font object (a
 *   document's), so a repeated text is not split into words and summed again.
 * - pdfkit's `EmbeddedFont.encode` (drawing): glyph ids and positions, remembered per font object
 *   and text. Its side effects (adding the glyphs to the font subset, their widths and code
 *   points) happen on the first call for a text and change nothing on a repeat, so a repeat
 *   can return the first result. The arrays are only read by pdfkit (`_fragment`).
 * - pdfkit's `PDFReference.write` (every drawing operator of a page's content stream): the
 *   original turns each operator into its own Buffer; this keeps the text and makes one Buffer
 *   of it when the stream is finished or binary data follows. Same bytes, same lengths
 *   ('binary' text is one byte per character).
 *
 * Only calls without OpenType features are cached (pdfmake passes `fontFeatures`, null unless a
 * document sets it); others go to the original. Everything here is synchronous, so documents
 * rendered at the same time in one process cannot see each other's half-done work.
 */

// The very modules pdfmake itself loaded (not bundled copies): resolved from pdfmake's own file.
const fromPdfmake = createRequire(createRequire(import.meta.url).resolve('pdfmake'));

type StyleDictionary = Record<string, Record<string, unknown> | undefined>;
interface StyleStack {
  styleDictionary: StyleDictionary;
  defaultStyle?: Record<string, unknown>;
  styleOverrides: unknown[];
}
type GetStyleProperty = (item: unknown, stack: StyleStack | null | undefined, property: string, defaultValue: unknown) => unknown;
interface StyleContextStackClass {
  getStyleProperty: GetStyleProperty;
}

interface GlyphRunLike {
  advanceWidth: number;
}
interface FontkitGlyph {
  id: number;
  codePoints: number[];
}
interface FontkitFont {
  postscriptName?: string;
  numGlyphs: number;
  head: { checkSumAdjustment: number };
  directory: { tables: Record<string, unknown> };
  getGlyph(id: number, characters?: number[]): FontkitGlyph;
  [sharedRunsKey]?: Map<string, SharedRun> | null;
}
interface GlyphRun {
  glyphs: FontkitGlyph[];
  positions: object[];
  advanceWidth: number;
}
/** What one word's shaping gave, without the document's glyph objects. */
interface SharedRun {
  /** The getGlyph calls shaping made, in order: glyph id, characters, glyph id, characters… */
  calls: (number | number[])[];
  ids: number[];
  positions: object[];
  advanceWidth: number;
}
interface EmbeddedFontLike {
  font: FontkitFont;
  layoutCache?: Record<string, GlyphRun>;
  layoutRun(text: string, features?: unknown): GlyphRun;
  layoutCached(text: string): GlyphRun;
  layout(text: string, features: unknown, onlyWidth?: boolean): GlyphRunLike;
  widthOfString(text: string, size: number, features?: unknown): number;
  encode(text: string, features?: unknown): [string[], unknown[]];
  [widthCache]?: Map<string, number>;
  [encodeCache]?: Map<string, [string[], unknown[]]>;
}

interface ReferenceLike {
  buffer: Uint8Array[];
  compress: boolean;
  uncompressedLength: number;
  data: { Length?: number; Filter?: string };
  write(chunk: unknown): void;
  finalize(): void;
  [pendingText]?: string[];
}

const pendingText = Symbol('otasuke.pendingText');
const sharedRunsKey = Symbol('otasuke.sharedRuns');
const widthCache = Symbol('otasuke.widthCache');
const encodeCache = Symbol('otasuke.encodeCache');

const isValue = (value: unknown) => value !== undefined && value !== null;
const isString = (value: unknown): value is string => typeof value === 'string' || value instanceof String;

let enabled = true;

/** Shaped words by font file, shared by every document of the process. */
const sharedRuns = new Map<string, Map<string, SharedRun>>();
/** A font's words are forgotten past this many (a summary uses a few thousand). */
const maxRunsPerFont = 20_000;
/** While a word is shaped for the shared cache: the getGlyph calls fontkit makes. */
let recording: (number | number[])[] | null = null;
let installed = false;

/** pdfmake's lookup of a named style (with `extends`), as StyleContextStack.getProperty does it. */
function fromNamedStyle(dictionary: StyleDictionary, name: string, property: string, visited: Set<string> | null): unknown {
  if (visited) {
    if (visited.has(name)) return undefined;
    visited.add(name);
  }
  const style = dictionary[name];
  if (!style) return undefined;
  const own = style[property];
  if (isValue(own)) return own;
  if (style.extends) {
    const seen = visited ?? new Set([name]);
    const parents = (Array.isArray(style.extends) ? style.extends : [style.extends]) as string[];
    for (let i = parents.length - 1; i >= 0; i -= 1) {
      const value = fromNamedStyle(dictionary, parents[i]!, property, seen);
      if (isValue(value)) return value;
    }
  }
  return undefined;
}

/** One entry of the stack, as getProperty reads it: a style name or an object of overrides. */
function fromEntry(dictionary: StyleDictionary, entry: unknown, property: string): unknown {
  if (isString(entry)) return fromNamedStyle(dictionary, entry as string, property, null);
  return (entry as Record<string, unknown>)[property];
}

/**
 * The value of `property` from the item's own style names, as `auto(item)` would have pushed
 * them (names, then the item itself, whose own value the caller found missing), read from the top.
 */
function fromItemStyles(dictionary: StyleDictionary, record: Record<string, unknown>, property: string): unknown {
  if (isString(record) || record.section !== undefined || !record.style) return undefined;
  const names = Array.isArray(record.style) ? (record.style as unknown[]) : [record.style];
  for (let i = names.length - 1; i >= 0; i -= 1) {
    const value = fromEntry(dictionary, names[i], property);
    if (isValue(value)) return value;
  }
  return undefined;
}

/** The value of `property` from the stack alone (its entries from the top, then the default style). */
function fromStack(stack: StyleStack, property: string): unknown {
  const overrides = stack.styleOverrides;
  for (let i = overrides.length - 1; i >= 0; i -= 1) {
    const value = fromEntry(stack.styleDictionary, overrides[i], property);
    if (isValue(value)) return value;
  }
  return stack.defaultStyle && stack.defaultStyle[property];
}

function fastGetStyleProperty(original: GetStyleProperty): GetStyleProperty {
  return function getStyleProperty(item, stack, property, defaultValue) {
    if (!enabled) return original(item, stack, property, defaultValue);
    const record = item as Record<string, unknown>;
    const own = record[property];
    if (isValue(own)) return own;
    if (!stack) return defaultValue;
    const styled = fromItemStyles(stack.styleDictionary, record, property);
    if (isValue(styled)) return styled;
    const value = fromStack(stack, property);
    return isValue(value) ? value : defaultValue;
  };
}

/**
 * getStyleProperty for the many inlines of one `TextInlines.measure` call: the stack does not
 * change during that call, so what it gives for each property is looked up once.
 */
function styleReader(stack: StyleStack | null | undefined) {
  const fromStackOnce = new Map<string, unknown>();
  return (item: Record<string, unknown>, property: string, defaultValue: unknown): unknown => {
    const own = item[property];
    if (isValue(own)) return own;
    if (!stack) return defaultValue;
    const styled = fromItemStyles(stack.styleDictionary, item, property);
    if (isValue(styled)) return styled;
    let value: unknown;
    if (fromStackOnce.has(property)) value = fromStackOnce.get(property);
    else {
      value = fromStack(stack, property);
      fromStackOnce.set(property, value);
    }
    return isValue(value) ? value : defaultValue;
  };
}

interface MeasuredInline extends Record<string, unknown> {
  text: string;
  font: { lineHeight(size: number): number };
  fontSize: number;
  leadingCut?: number;
  leadingIndent?: number;
  trailingCut?: number;
}
interface TextInlinesLike {
  pdfDocument: { provideFont(family: unknown, bold: unknown, italics: unknown): MeasuredInline['font'] };
  widthOfText(text: string, inline: MeasuredInline): number;
  measure(array: MeasuredInline[], stack: StyleStack | null | undefined): MeasuredInline[];
}

const LEADING = /^(\s)+/g;
const TRAILING = /(\s)+$/g;

/** Keys TextBreaker gives an inline cut from a plain string (and measure gives the first). */
const plainKeys = new Set(['text', 'lineEnd', 'noNewLine', 'leadingCut', 'leadingIndent']);

/** An inline with no style of its own: every style property comes from the stack. */
function isPlain(item: Record<string, unknown>): boolean {
  for (const key in item) if (!plainKeys.has(key)) return false;
  return true;
}

/**
 * pdfmake 0.3.11's `TextInlines.measure`, statement for statement, reading styles through
 * `styleReader` (the same values: the stack's are looked up once per call instead of per inline,
 * and all of them once for the inlines that have no style of their own, which is every
 * character of a plain Japanese string). The fonts are asked for in the original's order.
 */
function fastMeasure(original: TextInlinesLike['measure']): TextInlinesLike['measure'] {
  return function measure(this: TextInlinesLike, array, styleContextStack) {
    if (!enabled) return original.call(this, array, styleContextStack);
    const get = styleReader(styleContextStack);
    if (array.length) {
      const leadingIndent = get(array[0]!, 'leadingIndent', 0) as number;
      if (leadingIndent) {
        array[0]!.leadingCut = -leadingIndent;
        array[0]!.leadingIndent = leadingIndent;
      }
    }
    const resolve = (item: Record<string, unknown>) => ({
      font: this.pdfDocument.provideFont(get(item, 'font', 'Roboto'), get(item, 'bold', false), get(item, 'italics', false)),
      alignment: get(item, 'alignment', 'left'),
      fontSize: get(item, 'fontSize', 12) as number,
      fontFeatures: get(item, 'fontFeatures', null),
      characterSpacing: get(item, 'characterSpacing', 0),
      color: get(item, 'color', 'black'),
      decoration: get(item, 'decoration', null),
      decorationColor: get(item, 'decorationColor', null),
      decorationStyle: get(item, 'decorationStyle', null),
      decorationThickness: get(item, 'decorationThickness', null),
      background: get(item, 'background', null),
      link: get(item, 'link', null),
      linkToPage: get(item, 'linkToPage', null),
      linkToDestination: get(item, 'linkToDestination', null),
      noWrap: get(item, 'noWrap', null),
      opacity: get(item, 'opacity', 1),
      sup: get(item, 'sup', false),
      sub: get(item, 'sub', false),
      lineHeight: get(item, 'lineHeight', 1) as number,
      preserveLeadingSpaces: get(item, 'preserveLeadingSpaces', false),
      preserveTrailingSpaces: get(item, 'preserveTrailingSpaces', false),
    });
    let plain: ReturnType<typeof resolve> | null = null;
    for (const item of array) {
      const v = isPlain(item) ? (plain ??= resolve({})) : resolve(item);
      item.font = v.font;
      item.alignment = v.alignment;
      item.fontSize = v.fontSize;
      item.fontFeatures = v.fontFeatures;
      item.characterSpacing = v.characterSpacing;
      item.color = v.color;
      item.decoration = v.decoration;
      item.decorationColor = v.decorationColor;
      item.decorationStyle = v.decorationStyle;
      item.decorationThickness = v.decorationThickness;
      item.background = v.background;
      item.link = v.link;
      item.linkToPage = v.linkToPage;
      item.linkToDestination = v.linkToDestination;
      item.noWrap = v.noWrap;
      item.opacity = v.opacity;
      item.sup = v.sup;
      item.sub = v.sub;
      if (item.sup || item.sub) {
        item.fontSize *= 0.58;
      }
      item.width = this.widthOfText(item.text, item);
      item.height = item.font.lineHeight(item.fontSize) * v.lineHeight;
      if (!item.leadingCut) {
        item.leadingCut = 0;
      }
      if (!v.preserveLeadingSpaces) {
        const leadingSpaces = item.text.match(LEADING);
        if (leadingSpaces) {
          item.leadingCut += this.widthOfText(leadingSpaces[0], item);
        }
      }
      item.trailingCut = 0;
      if (!v.preserveTrailingSpaces) {
        const trailingSpaces = item.text.match(TRAILING);
        if (trailingSpaces) {
          item.trailingCut = this.widthOfText(trailingSpaces[0], item);
        }
      }
    }
    return array;
  };
}

/** The shared runs of this fontkit font's file, or null when the font is not a plain TrueType one. */
function sharedRunsOf(font: FontkitFont): Map<string, SharedRun> | null {
  if (font[sharedRunsKey] !== undefined) return font[sharedRunsKey];
  const tables = font.directory.tables;
  const plain = Boolean(tables.glyf) && !['morx', 'sbix', 'COLR', 'fvar', 'CFF ', 'CFF2'].some((tag) => tables[tag]);
  let runs: Map<string, SharedRun> | null = null;
  if (plain) {
    // The file's own checksum (head.checkSumAdjustment), with its name and glyph count.
    const key = `${font.postscriptName}|${font.numGlyphs}|${font.head.checkSumAdjustment}`;
    runs = sharedRuns.get(key) ?? null;
    if (!runs) sharedRuns.set(key, (runs = new Map()));
  }
  font[sharedRunsKey] = runs;
  return runs;
}

function patchFontkitFont(proto: FontkitFont): void {
  const originalGetGlyph = proto.getGlyph;
  proto.getGlyph = function getGlyph(this: FontkitFont, id: number, characters?: number[]) {
    if (recording) recording.push(id, characters === undefined ? [] : characters.slice());
    return originalGetGlyph.call(this, id, characters);
  };
}

function patchEmbeddedFont(proto: EmbeddedFontLike): void {
  const originalLayoutCached = proto.layoutCached;
  proto.layoutCached = function layoutCached(this: EmbeddedFontLike, text: string) {
    if (!enabled || !this.layoutCache) return originalLayoutCached.call(this, text);
    const cached = this.layoutCache[text];
    if (cached) return cached;
    const runs = sharedRunsOf(this.font);
    if (!runs) return originalLayoutCached.call(this, text);
    const shared = runs.get(text);
    let run: GlyphRun;
    if (shared) {
      // The glyph objects shaping would have made, made the same way, in the same order.
      const { calls } = shared;
      for (let i = 0; i < calls.length; i += 2) this.font.getGlyph(calls[i] as number, (calls[i + 1] as number[]).slice());
      run = { glyphs: shared.ids.map((id) => this.font.getGlyph(id)), positions: shared.positions, advanceWidth: shared.advanceWidth };
    } else {
      recording = [];
      try {
        run = this.layoutRun(text);
        if (runs.size >= maxRunsPerFont) runs.clear();
        runs.set(text, { calls: recording, ids: run.glyphs.map((glyph) => glyph.id), positions: run.positions, advanceWidth: run.advanceWidth });
      } finally {
        recording = null;
      }
    }
    this.layoutCache[text] = run;
    return run;
  };
  const originalWidth = proto.widthOfString;
  const originalEncode = proto.encode;
  proto.widthOfString = function widthOfString(this: EmbeddedFontLike, text: string, size: number, features?: unknown) {
    if (!enabled || features) return originalWidth.call(this, text, size, features);
    const cache = (this[widthCache] ??= new Map());
    let width = cache.get(text);
    if (width === undefined) {
      width = this.layout(text, features, true).advanceWidth;
      cache.set(text, width);
    }
    // The original's arithmetic, in its order: width × (size / 1000).
    const scale = size / 1000;
    return width * scale;
  };
  proto.encode = function encode(this: EmbeddedFontLike, text: string, features?: unknown) {
    if (!enabled || features) return originalEncode.call(this, text, features);
    const cache = (this[encodeCache] ??= new Map());
    let encoded = cache.get(text);
    if (encoded === undefined) {
      encoded = originalEncode.call(this, text, features);
      cache.set(text, encoded);
    }
    return encoded;
  };
}

/** Text written so far becomes one Buffer, where the original would have pushed one per write. */
function flushText(ref: ReferenceLike): void {
  const pending = ref[pendingText];
  if (pending && pending.length > 0) {
    ref.buffer.push(Buffer.from(pending.join(''), 'binary'));
    ref[pendingText] = [];
  }
}

function patchReference(proto: ReferenceLike): void {
  const originalWrite = proto.write;
  const originalFinalize = proto.finalize;
  proto.write = function write(this: ReferenceLike, chunk: unknown) {
    if (!enabled || chunk instanceof Uint8Array) {
      flushText(this);
      return originalWrite.call(this, chunk);
    }
    // The original's bookkeeping, with the length of the bytes Buffer.from(text, 'binary') makes.
    const text = `${chunk as string}\n`;
    (this[pendingText] ??= []).push(text);
    this.uncompressedLength += text.length;
    if (this.data.Length == null) this.data.Length = 0;
    this.data.Length += text.length;
    if (this.compress) this.data.Filter = 'FlateDecode';
  };
  proto.finalize = function finalize(this: ReferenceLike) {
    flushText(this);
    return originalFinalize.call(this);
  };
}

/**
 * Installs the fast paths (once per process). `fontFile` is any TrueType file pdfkit can open:
 * pdfkit exports neither its font nor its reference class, so a throwaway document makes one of
 * each to reach their prototypes.
 */
export function installPdfmakeFastPaths(fontFile: string): void {
  if (installed) return;
  installed = true;
  const stackClass = (fromPdfmake('./StyleContextStack') as { default: StyleContextStackClass }).default;
  stackClass.getStyleProperty = fastGetStyleProperty(stackClass.getStyleProperty.bind(stackClass));
  const textInlines = (fromPdfmake('./TextInlines') as { default: { prototype: TextInlinesLike } }).default.prototype;
  textInlines.measure = fastMeasure(textInlines.measure);
  const PDFKit = fromPdfmake('pdfkit') as new (options: object) => { font(src: string): { _font: unknown }; ref(): object };
  const probe = new PDFKit({ autoFirstPage: false });
  const embedded = probe.font(fontFile)._font as EmbeddedFontLike;
  patchEmbeddedFont(Object.getPrototypeOf(embedded) as EmbeddedFontLike);
  patchFontkitFont(Object.getPrototypeOf(embedded.font) as FontkitFont);
  patchReference(Object.getPrototypeOf(probe.ref()) as ReferenceLike);
}

/**
 * Turns the fast paths off (pdfmake's own code runs) or on again. For the benchmark's bare
 * pdfmake baseline and the test that the output is unchanged; the app leaves them on.
 */
export function setPdfmakeFastPaths(on: boolean): void {
  enabled = on;
}
