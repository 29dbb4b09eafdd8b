import type { Content, TableCell } from 'pdfmake/interfaces.js';
import { dataTable, emptyNote, heading, notRecorded, type SectionContext } from './context';

/** The わからない answers, put to the insurer as points still being checked (no advice column). */
export function insurerOpenQuestionsSection(ctx: SectionContext): Content[] {
  const t = ctx.text.insurer.openQuestions;
  const check = ctx.input.selfCheck;
  if (!check) return [heading(t.heading), notRecorded(ctx)];
  if (check.unknownItems.length === 0) return [heading(t.heading), emptyNote(ctx)];
  // The answer's note is free text: a column of its own only when notes may be printed.
  const rows: TableCell[][] = check.unknownItems.map((item) => [
    { text: item.questionId.replace('q', 'Q'), noWrap: true },
    { text: item.label },
    ...(ctx.showNotes ? [{ text: item.note, style: 'small' }] : []),
  ]);
  const widths = ctx.showNotes ? [34, '*', 160] : [34, '*'];
  const header = [t.number, ctx.text.weak.question, ...(ctx.showNotes ? [ctx.text.weak.note] : [])];
  return [heading(t.heading), { text: t.lead, margin: [0, 0, 0, 4] }, dataTable(widths, header, rows)];
}
