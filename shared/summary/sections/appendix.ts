import type { Content, TableCell } from 'pdfmake/interfaces.js';
import type { SummaryIncident } from '../input';
import { fill } from '../text';
import { dataTable, heading, type SectionContext } from './context';
import { countText } from './incidents';

/** Every incident the data holds, one compact row each, newest first (the optional register). */
export function incidentRegisterSection(ctx: SectionContext): Content[] {
  const incidents = ctx.input.incidents;
  if (!incidents || incidents.length === 0) return [];
  const t = ctx.text.incidents;
  const dayOf = (i: SummaryIncident) => i.occurredAt || i.discoveredAt;
  const rows: TableCell[][] = [...incidents]
    .sort((a, b) => dayOf(b).localeCompare(dayOf(a)))
    .map((i) => [
      { text: ctx.day(dayOf(i)) || '—', noWrap: true },
      { text: i.title },
      { text: i.category || '—' },
      { text: i.status },
      { text: ctx.yen(i.totalCostYen), alignment: 'right', noWrap: true },
    ]);
  return [
    { ...heading(fill(ctx.text.appendix.register, { count: countText(ctx, incidents.length) })), pageBreak: 'before' },
    dataTable([76, '*', 80, 56, 62], [t.occurred, t.title, t.category, t.status, t.cost], rows),
  ];
}

/** The long texts the tables cut short, each whole under the reference its row points to. */
export function longTextSection(ctx: SectionContext): Content[] {
  if (ctx.appendix.length === 0) return [];
  return [
    { ...heading(ctx.text.appendix.longTexts), pageBreak: 'before' },
    ...ctx.appendix.flatMap(({ reference, title, text }): Content[] => [
      { text: `${reference}　${title}`, style: 'h3' },
      { text, margin: [0, 0, 0, 8] },
    ]),
  ];
}
