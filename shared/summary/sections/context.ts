import type { Content, ContentText, CustomTableLayout, TableCell } from 'pdfmake/interfaces.js';
import type { SummaryInput } from '../input';
import type { SummaryOptions } from '../options';
import { fill, formatDay, formatYen, pdfText, type PdfText } from '../text';
import type { Language } from '../../settings/schema';

/** What every section builder needs: the data, the choices, and the words in one language. */
export interface SectionContext {
  input: SummaryInput;
  options: SummaryOptions;
  language: Language;
  text: PdfText;
  /** Free text and people's names may be printed (see `disclosure`). */
  showNotes: boolean;
  showNames: boolean;
  day: (iso: string) => string;
  yen: (amount: number) => string;
  /** The day the document is made (YYYY-MM-DD): "the last 12 months" count back from it. */
  today: string;
  /** Long texts moved out of tables; printed at the end, each under the reference it got. */
  appendix: LongText[];
}

export interface LongText {
  reference: string;
  title: string;
  text: string;
}

/** Puts a text into the appendix and gives the reference printed where it was left out. */
export function toAppendix(ctx: SectionContext, title: string, text: string): string {
  const reference = fill(ctx.text.appendix.reference, { number: ctx.appendix.length + 1 });
  ctx.appendix.push({ reference, title, text });
  return reference;
}

/** Beyond this many characters a text in a table row is cut short and printed whole in the appendix. */
export const longTextLimit = 240;

/** The text itself when short; else its opening and a reference to the appendix, where it is printed whole. */
export function shortOrReferenced(ctx: SectionContext, title: string, text: string): string {
  if (text.length <= longTextLimit) return text;
  const reference = toAppendix(ctx, title, text);
  return `${Array.from(text).slice(0, longTextLimit - 40).join('')}… ${fill(ctx.text.appendix.continued, { reference })}`;
}

export function sectionContext(input: SummaryInput, options: SummaryOptions, show: { notes: boolean; names: boolean }, today: string): SectionContext {
  const language = options.language;
  return {
    input,
    options,
    language,
    text: pdfText(language),
    showNotes: show.notes,
    showNames: show.names,
    day: (iso) => formatDay(iso, language),
    yen: (amount) => formatYen(amount, language),
    today,
    appendix: [],
  };
}

export function heading(text: string): ContentText {
  // headlineLevel marks it for the document's keep-with-next rule (no heading alone at a page foot).
  return { text, style: 'h2', headlineLevel: 1 };
}

export function notRecorded(ctx: SectionContext): Content {
  return { text: ctx.text.notRecorded, style: 'muted', margin: [0, 2, 0, 10] };
}

export function emptyNote(ctx: SectionContext): Content {
  return { text: ctx.text.empty, style: 'muted', margin: [0, 2, 0, 10] };
}

/** Light rules between rows, a shaded header: readable on a photocopy, no heavy grid. */
export const tableLayout: CustomTableLayout = {
  hLineWidth: (i, node) => (i === 0 || i === node.table.body.length ? 0.8 : 0.4),
  vLineWidth: () => 0,
  hLineColor: (i) => (i <= 1 ? '#555555' : '#bbbbbb'),
  fillColor: (row) => (row === 0 ? '#eef2f6' : null),
  paddingTop: () => 3,
  paddingBottom: () => 3,
  paddingLeft: () => 4,
  paddingRight: () => 4,
};

/**
 * A table that splits across pages cleanly: the header row repeats on every page and a row is
 * never cut in half. pdfmake drops a row taller than a whole page (`dontBreakRows`), so every
 * row is kept well under a page by construction: long texts, long cost lists and long name
 * lists go to the appendix (`shortOrReferenced`, `toAppendix`).
 */
export function dataTable(widths: (string | number)[], header: string[], rows: TableCell[][]): Content {
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths,
      body: [header.map((h) => ({ text: h, style: 'th' })), ...rows],
    },
    layout: tableLayout,
    margin: [0, 2, 0, 12],
  };
}
