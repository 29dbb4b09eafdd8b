import type { Content, CustomTableLayout, TableCell } from 'pdfmake/interfaces.js';
import type { SummaryInput } from '../input';
import type { SummaryOptions } from '../options';
import { formatDay, formatYen, pdfText, type PdfText } from '../text';
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
}

export function sectionContext(input: SummaryInput, options: SummaryOptions, show: { notes: boolean; names: boolean }): SectionContext {
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
  };
}

export function heading(text: string): Content {
  return { text, style: 'h2', tocItem: false };
}

export function notRecorded(ctx: SectionContext): Content {
  return { text: ctx.text.notRecorded, style: 'muted', margin: [0, 2, 0, 10] };
}

export function emptyNote(ctx: SectionContext): Content {
  return { text: ctx.text.empty, style: 'muted', margin: [0, 2, 0, 10] };
}

/**
 * A table that splits across pages cleanly: the header row repeats on every page and no row
 * is cut in half (`dontBreakRows`).
 */
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
