import type { Content, TableCell } from 'pdfmake/interfaces.js';
import type { SummaryQuestionLine } from '../input';
import { radarSvg } from '../radar-svg';
import { fill } from '../text';
import { dataTable, emptyNote, heading, notRecorded, shortOrReferenced, type SectionContext } from './context';

export const radarSize = 200;

/** Score, band, the per-part radar chart and table, and earlier totals. */
export function selfCheckSection(ctx: SectionContext, fontFamily: string): Content[] {
  const t = ctx.text.selfCheck;
  const check = ctx.input.selfCheck;
  if (!check) return [heading(t.heading), notRecorded(ctx)];
  const partName = (part: 1 | 2 | 3) => t.parts[part];
  const svg = radarSvg(
    check.parts.map((p) => ({ label: t.partShort[p.part], percent: p.percent })),
    { size: radarSize, fontFamily },
  );
  const summary: Content & { width: string } = {
    stack: [
      { text: `${t.completedAt}: ${ctx.day(check.completedAt)}`, margin: [0, 0, 0, 6] },
      { text: t.total, style: 'label' },
      { text: fill(t.totalValue, { total: check.total }), style: 'score' },
      { text: t.band, style: 'label', margin: [0, 6, 0, 0] },
      { text: t.bands[check.band], style: 'band' },
    ],
    width: '*',
  };
  const partRows: TableCell[][] = check.parts.map((p) => [
    { text: partName(p.part) },
    { text: `${p.score} / ${p.max}`, alignment: 'right' },
    { text: `${Math.round(p.percent)}%`, alignment: 'right' },
  ]);
  const content: Content[] = [
    heading(t.heading),
    {
      columns: [summary, { svg, width: radarSize, height: radarSize, font: fontFamily } as Content],
      columnGap: 12,
      unbreakable: true,
    },
    dataTable(['*', 70, 60], [t.part, t.score, t.percent], partRows),
  ];
  if (check.history.length > 0) {
    const line = check.history.map((h) => `${ctx.day(h.completedAt)}  ${h.total}`).join('\n');
    content.push({ text: t.history, style: 'label' }, { text: line, margin: [0, 2, 0, 12] });
  }
  return content;
}

function questionRows(ctx: SectionContext, items: SummaryQuestionLine[], withAnswer: boolean): TableCell[][] {
  const t = ctx.text.weak;
  return items.map((item) => {
    const proven = item.provenBy ?? [];
    // The reason comes first: it is why a question answered できている is listed at all.
    const advice: Content[] = proven.map((w) => ({
      text: fill(t.provenBy, { title: w.incidentTitle, date: ctx.day(w.markedOn) }),
      bold: true,
      margin: [0, 0, 0, 3],
    }));
    advice.push({ text: item.advice });
    if (ctx.showNotes && item.note) advice.push({ text: `${t.note}: ${shortOrReferenced(ctx, item.label, item.note)}`, style: 'note', margin: [0, 3, 0, 0] });
    const row: TableCell[] = [{ text: `${item.questionId.replace('q', 'Q')}  ${item.label}` }];
    if (withAnswer) {
      const answer = t.answers[item.answer];
      row.push({ text: proven.length > 0 && item.answer !== 'no' ? fill(t.answeredAs, { answer }) : answer });
    }
    row.push({ stack: advice });
    return row;
  });
}

/** Answers that scored low, each with what to do about it. */
export function weakItemsSection(ctx: SectionContext): Content[] {
  const t = ctx.text.weak;
  const check = ctx.input.selfCheck;
  if (!check) return [heading(t.heading), notRecorded(ctx)];
  if (check.weakItems.length === 0) return [heading(t.heading), emptyNote(ctx)];
  return [heading(t.heading), dataTable(['*', 76, '*'], [t.question, t.answer, t.advice], questionRows(ctx, check.weakItems, true))];
}

/** わからない answers: the list of things to go through with the supporter. */
export function unknownItemsSection(ctx: SectionContext): Content[] {
  const t = ctx.text.unknown;
  const check = ctx.input.selfCheck;
  if (!check) return [heading(t.heading), notRecorded(ctx)];
  if (check.unknownItems.length === 0) return [heading(t.heading), emptyNote(ctx)];
  return [
    heading(t.heading),
    { text: t.lead, margin: [0, 0, 0, 4] },
    dataTable(['*', '*'], [ctx.text.weak.question, ctx.text.weak.advice], questionRows(ctx, check.unknownItems, false)),
  ];
}
