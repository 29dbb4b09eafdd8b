import type { Content, TableCell } from 'pdfmake/interfaces.js';
import type { SummaryIncident } from '../input';
import { fill } from '../text';
import { dataTable, emptyNote, heading, notRecorded, type SectionContext } from './context';

/** "label date" where the date never breaks in the middle: if it does not fit, it moves to the next line whole. */
function dated(template: string, date: string): Content {
  const [before = '', after = ''] = template.split('{{date}}');
  return { text: [before, { text: date, noWrap: true }, after], style: 'small' };
}

function reportingCell(ctx: SectionContext, incident: SummaryIncident): Content {
  const t = ctx.text.incidents;
  const r = incident.reporting;
  const lines: Content[] = [{ text: t.reportingStatus[r.status], bold: r.status === 'overdue' }];
  if (r.preliminarySentAt) lines.push(dated(t.preliminarySent, ctx.day(r.preliminarySentAt)));
  else if (r.preliminaryDue) lines.push(dated(t.preliminaryDue, ctx.day(r.preliminaryDue)));
  if (r.finalSentAt) lines.push(dated(t.finalSent, ctx.day(r.finalSentAt)));
  else if (r.finalDue) lines.push(dated(t.finalDue, ctx.day(r.finalDue)));
  return { stack: lines };
}

function titleCell(ctx: SectionContext, incident: SummaryIncident): Content {
  const t = ctx.text.incidents;
  const separator = ctx.language === 'ja' ? '・' : ' · ';
  const stack: Content[] = [
    { text: incident.title, bold: true },
    { text: [incident.category, incident.severity].filter(Boolean).join(separator), style: 'small' },
  ];
  if (incident.costs.length > 0) {
    // One cost a line, so an amount and its date stay together.
    const items: Content[] = incident.costs.map((c) => ({
      text: [`・${c.item} `, { text: ctx.yen(c.amountYen), noWrap: true }, c.date ? { text: ` (${ctx.day(c.date)})`, noWrap: true } : ''],
      style: 'small',
    }));
    stack.push({ text: `${t.costItems}:`, style: 'small' }, ...items);
  }
  if (ctx.showNotes && incident.summaryText) stack.push({ text: incident.summaryText, style: 'note', margin: [0, 2, 0, 0] });
  if (ctx.showNames && incident.people.length > 0) {
    stack.push({ text: `${t.people}: ${incident.people.join(ctx.language === 'ja' ? '、' : ', ')}`, style: 'small' });
  }
  return { stack };
}

function datesCell(ctx: SectionContext, incident: SummaryIncident): Content {
  const t = ctx.text.incidents;
  const lines: Content[] = [dated(`${t.occurred} {{date}}`, ctx.day(incident.occurredAt) || '—')];
  if (incident.discoveredAt) lines.push(dated(`${t.discovered} {{date}}`, ctx.day(incident.discoveredAt)));
  if (incident.closedAt) lines.push(dated(`${t.closed} {{date}}`, ctx.day(incident.closedAt)));
  return { stack: lines };
}

/** The incident history, newest first: dates, status, PPC reporting and what it cost. */
export function incidentsSection(ctx: SectionContext): Content[] {
  const t = ctx.text.incidents;
  const incidents = ctx.input.incidents;
  if (!incidents) return [heading(t.heading), notRecorded(ctx)];
  if (incidents.length === 0) return [heading(t.heading), emptyNote(ctx)];
  const sorted = [...incidents].sort((a, b) => (b.occurredAt || b.discoveredAt).localeCompare(a.occurredAt || a.discoveredAt));
  const rows: TableCell[][] = sorted.map((incident) => [
    titleCell(ctx, incident),
    datesCell(ctx, incident),
    { text: incident.status },
    reportingCell(ctx, incident),
    { text: ctx.yen(incident.totalCostYen), alignment: 'right' },
  ]);
  const total = incidents.reduce((sum, i) => sum + i.totalCostYen, 0);
  return [
    heading(t.heading),
    { text: fill(t.count, { count: incidents.length }), style: 'muted' },
    dataTable(['*', 104, 46, 112, 70], [t.title, t.dates, t.status, t.reporting, t.cost], rows),
    { text: `${t.costTotal}: ${ctx.yen(total)}`, bold: true, alignment: 'right', margin: [0, -6, 0, 12] },
  ];
}
