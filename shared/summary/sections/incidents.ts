import type { Content, TableCell } from 'pdfmake/interfaces.js';
import type { SummaryIncident } from '../input';
import { fill } from '../text';
import { dataTable, emptyNote, heading, notRecorded, type SectionContext } from './context';

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

function needsDetail(incident: SummaryIncident): boolean {
  const reportingOpen = incident.reporting.status !== 'notRequired' && incident.reporting.status !== 'done';
  return !incident.closedAt || reportingOpen || incident.costs.length > 0;
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
        ...(needsDetail(incident) ? [{ text: detailLines(ctx, incident), style: 'small' }] : []),
      ],
    },
    { text: incident.status },
    { text: reportingText(ctx, incident), style: 'small', bold: incident.reporting.status === 'overdue' },
    { text: ctx.yen(incident.totalCostYen), alignment: 'right' },
  ];
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
    for (const c of incident.costs) lines.push(`\n・${c.item} `, whole(ctx.yen(c.amountYen)), ...(c.date ? [' ', whole(`(${ctx.day(c.date)})`)] : []));
  }
  if (ctx.showNotes && incident.summaryText) lines.push(`\n${t.details}: ${incident.summaryText}`);
  if (ctx.showNames && incident.people.length > 0) lines.push(`\n${t.people}: ${incident.people.join(ctx.language === 'ja' ? '、' : ', ')}`);
  return lines;
}

/** The incident history, newest first: dates, status, PPC reporting and what it cost. */
export function incidentsSection(ctx: SectionContext): Content[] {
  const t = ctx.text.incidents;
  const incidents = ctx.input.incidents;
  if (!incidents) return [heading(t.heading), notRecorded(ctx)];
  if (incidents.length === 0) return [heading(t.heading), emptyNote(ctx)];
  const sorted = [...incidents].sort((a, b) => (b.occurredAt || b.discoveredAt).localeCompare(a.occurredAt || a.discoveredAt));
  const total = incidents.reduce((sum, i) => sum + i.totalCostYen, 0);
  return [
    heading(t.heading),
    { text: fill(t.count, { count: incidents.length }), style: 'muted' },
    dataTable([76, '*', 56, 100, 58], [t.occurred, t.title, t.status, t.reporting, t.cost], sorted.map((i) => row(ctx, i))),
    { text: `${t.costTotal}: ${ctx.yen(total)}`, bold: true, alignment: 'right', margin: [0, -6, 0, 10] },
  ];
}
