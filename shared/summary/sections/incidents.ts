import type { Content, TableCell } from 'pdfmake/interfaces.js';
import type { SummaryIncident } from '../input';
import { fill } from '../text';
import { selectIncidents, type IncidentSelection } from '../incident-selection';
import { dataTable, emptyNote, heading, notRecorded, shortOrReferenced, toAppendix, type SectionContext } from './context';

/** More cost lines than this print as the first few and a reference to the full list. */
const maxCostLines = 8;

/*
 * Layout cost in pdfmake grows with every text run (each Japanese character is measured and
 * styled on its own), so the history is one compact row per incident built from plain strings,
 * and the longer block (cost items, what happened, people) is printed only for incidents a
 * reader has to act on: still open, with a reporting duty, or with costs. Those lines go into
 * the same cell in small type (no nested stacks, nothing printed twice).
 */

/**
 * Lines of "label date" as one text run each; the date is kept whole (noWrap), so a narrow
 * column moves it to the next line instead of splitting 2026年11月|28日. A noWrap run is
 * also measured as one piece, which is cheaper than character by character.
 */
function datedLines(lines: { label: string; date?: string }[]): TextLine[] {
  return lines.flatMap(({ label, date }, i) => {
    const run: TextLine[] = [i > 0 ? `\n${label}` : label];
    if (date) run.push(' ', { text: date, noWrap: true });
    return run;
  });
}

type TextLine = string | { text: string; noWrap: true };

/** The reporting state in as few words as possible: a due date already says "due". */
function reportingText(ctx: SectionContext, incident: SummaryIncident): TextLine[] {
  const t = ctx.text.incidents;
  const r = incident.reporting;
  const lines: { label: string; date?: string }[] = [];
  const labelOf = (template: string) => template.replace('{{date}}', '').trim();
  if (r.status !== 'preliminaryDue' && r.status !== 'finalDue') lines.push({ label: t.reportingStatus[r.status] });
  if (r.preliminarySentAt) lines.push({ label: labelOf(t.preliminarySent), date: ctx.day(r.preliminarySentAt) });
  else if (r.preliminaryDue) lines.push({ label: labelOf(t.preliminaryDue), date: ctx.day(r.preliminaryDue) });
  if (r.finalSentAt) lines.push({ label: labelOf(t.finalSent), date: ctx.day(r.finalSentAt) });
  else if (r.finalDue) lines.push({ label: labelOf(t.finalDue), date: ctx.day(r.finalDue) });
  return datedLines(lines);
}

function kindText(ctx: SectionContext, incident: SummaryIncident): string {
  return [incident.category, incident.severity].filter(Boolean).join(ctx.language === 'ja' ? '・' : ' · ');
}

/** An open or reportable incident is printed in full; a closed one with what it cost on one line, and its notes. */
function needsDetail(incident: SummaryIncident): 'full' | 'costs' | null {
  const reportingOpen = incident.reporting.status !== 'notRequired' && incident.reporting.status !== 'done';
  if (!incident.closedAt || reportingOpen) return 'full';
  return incident.costs.length > 0 ? 'costs' : null;
}

function row(ctx: SectionContext, incident: SummaryIncident): TableCell[] {
  const t = ctx.text.incidents;
  const dates: TextLine[] = [{ text: ctx.day(incident.occurredAt || incident.discoveredAt) || '—', noWrap: true }];
  if (incident.closedAt) dates.push(`\n${t.closed} `, { text: ctx.day(incident.closedAt), noWrap: true });
  return [
    { text: dates, style: 'small' },
    {
      text: [
        { text: incident.title, bold: true },
        `\n${kindText(ctx, incident)}`,
        ...detailOf(ctx, incident),
      ],
    },
    { text: incident.status },
    { text: reportingText(ctx, incident), style: 'small', bold: incident.reporting.status === 'overdue' },
    { text: ctx.yen(incident.totalCostYen), alignment: 'right', noWrap: true },
  ];
}

function detailOf(ctx: SectionContext, incident: SummaryIncident): { text: TextLine[]; style: string }[] {
  const level = needsDetail(incident);
  if (level === 'full') return [{ text: detailLines(ctx, incident), style: 'small' }];
  if (level === 'costs') {
    const items = incident.costs.map((c) => `${c.item} ${ctx.yen(c.amountYen)}`).join(ctx.language === 'ja' ? '、' : '; ');
    const t = ctx.text.incidents;
    const lines: TextLine[] = [`\n${t.costItems}: ${shortOrReferenced(ctx, `${incident.title}（${t.costItems}）`, items)}`];
    if (ctx.showNotes && incident.summaryText) lines.push(`\n${t.details}: ${shortOrReferenced(ctx, incident.title, incident.summaryText)}`);
    return [{ text: lines, style: 'small' }];
  }
  return [];
}

/** The extra lines for an incident that needs attention: costs, what happened, who. */
function detailLines(ctx: SectionContext, incident: SummaryIncident): TextLine[] {
  const t = ctx.text.incidents;
  const whole = (text: string): TextLine => ({ text, noWrap: true });
  const lines: TextLine[] = [];
  if (incident.discoveredAt) lines.push(`\n${t.discovered} `, whole(ctx.day(incident.discoveredAt)));
  if (incident.costs.length > 0) {
    lines.push(`\n${t.costItems}:`);
    // An amount and its date each stay whole, so a narrow cell never splits 2026年11|月24日.
    const costLine = (c: SummaryIncident['costs'][number]) => `${c.item} ${ctx.yen(c.amountYen)}${c.date ? ` (${ctx.day(c.date)})` : ''}`;
    const shown = incident.costs.length > maxCostLines ? incident.costs.slice(0, maxCostLines - 1) : incident.costs;
    for (const c of shown) lines.push(`\n・${c.item} `, whole(ctx.yen(c.amountYen)), ...(c.date ? [' ', whole(`(${ctx.day(c.date)})`)] : []));
    if (shown.length < incident.costs.length) {
      // The whole list goes to the appendix, so a row never outgrows a page; the amount column has the total.
      const reference = toAppendix(ctx, `${incident.title}（${t.costItems}）`, incident.costs.map((c) => `・${costLine(c)}`).join('\n'));
      lines.push(`\n・${fill(t.moreCosts, { count: incident.costs.length - shown.length, reference })}`);
    }
  }
  if (ctx.showNotes && incident.summaryText) lines.push(`\n${t.details}: ${shortOrReferenced(ctx, incident.title, incident.summaryText)}`);
  if (ctx.showNames && incident.people.length > 0) lines.push(`\n${t.people}: ${shortOrReferenced(ctx, `${incident.title}（${t.people}）`, incident.people.join(ctx.language === 'ja' ? '、' : ', '))}`);
  return lines;
}

function olderTable(ctx: SectionContext, selection: IncidentSelection): Content[] {
  const t = ctx.text.incidents;
  if (selection.older.length === 0) return [];
  const rows: TableCell[][] = selection.older.map((g) => [
    { text: fill(t.year, { year: g.year }), noWrap: true },
    { text: g.category || '—' },
    { text: countText(ctx, g.count), alignment: 'right', noWrap: true },
    { text: ctx.yen(g.totalCostYen), alignment: 'right', noWrap: true },
  ]);
  return [
    { text: fill(t.olderHeading, { count: countText(ctx, selection.olderCount) }), style: 'h3' },
    dataTable([60, '*', 60, 90], [t.yearColumn, t.category, t.countColumn, t.cost], rows),
  ];
}

/** "1 incident" / "3 incidents" / 3件. */
export function countText(ctx: SectionContext, count: number): string {
  const t = ctx.text.incidents;
  return count === 1 ? t.countOne : fill(t.count, { count });
}

/**
 * The incident history: everything from the last 12 months and everything still open or
 * reportable one row each, newest first; older closed incidents as counts by year and type.
 * The count line and the cost total cover every incident, and say how they are split.
 */
export function incidentsSection(ctx: SectionContext): Content[] {
  const t = ctx.text.incidents;
  const incidents = ctx.input.incidents;
  if (!incidents) return [heading(t.heading), notRecorded(ctx)];
  if (incidents.length === 0) return [heading(t.heading), emptyNote(ctx)];
  const selection = selectIncidents(incidents, ctx.today);
  const shownInFull = selection.olderCount === 0 ? countText(ctx, selection.total) : fill(t.split, { total: countText(ctx, selection.total), full: countText(ctx, selection.inFull.length), older: countText(ctx, selection.olderCount) });
  return [
    heading(t.heading),
    { text: shownInFull, style: 'muted' },
    ...(selection.inFull.length > 0 ? [dataTable([76, '*', 56, 96, 64], [t.occurred, t.title, t.status, t.reporting, t.cost], selection.inFull.map((i) => row(ctx, i)))] : []),
    ...olderTable(ctx, selection),
    { text: `${t.costTotal}: ${ctx.yen(selection.totalCostYen)}`, bold: true, alignment: 'right', margin: [0, -6, 0, 10] },
  ];
}
