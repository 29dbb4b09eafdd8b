import type { Content, TableCell } from 'pdfmake/interfaces.js';
import type { SummaryIncident } from '../input';
import { costsByClaimHeading, fiveYearIncidents, historyFrom } from '../insurer/five-years';
import { fill } from '../text';
import { countText } from './incidents';
import { emptyNote, heading, notRecorded, shortOrReferenced, tableLayout, type SectionContext } from './context';

type Line = [label: string, value: string];

/** `（a、b）` in Japanese, ` (a, b)` in English. */
function aside(ctx: SectionContext, parts: string[]): string {
  return ctx.language === 'ja' ? `（${parts.join('、')}）` : ` (${parts.join(', ')})`;
}

/** A recorded day, or 未記録: a missing date is never left blank where a reader could take it for "none". */
function dayOr(ctx: SectionContext, iso: string | undefined): string {
  return iso ? ctx.day(iso) : ctx.text.insurer.incidents.notRecorded;
}

function dateLines(ctx: SectionContext, incident: SummaryIncident): Line[] {
  const t = ctx.text.insurer.incidents;
  const lines: Line[] = [
    [t.occurred, dayOr(ctx, incident.occurredAt)],
    [t.discovered, dayOr(ctx, incident.discoveredAt)],
    [t.contained, dayOr(ctx, incident.containedAt)],
    [t.recovered, dayOr(ctx, incident.recoveredAt)],
    [t.closed, dayOr(ctx, incident.closedAt)],
  ];
  // With no reporting duty the PPC dates are not missing, they do not apply.
  const notRequired = ctx.text.incidents.reportingStatus.notRequired;
  const reportable = incident.reporting.status !== 'notRequired';
  // Not sent yet but due: the due day says more than 未記録.
  const report = (sent: string, due: string) => (!reportable ? notRequired : sent ? ctx.day(sent) : due ? fill(t.notSentDue, { date: ctx.day(due) }) : t.notRecorded);
  lines.push(
    [t.preliminarySent, report(incident.reporting.preliminarySentAt, incident.reporting.preliminaryDue)],
    [t.finalSent, report(incident.reporting.finalSentAt, incident.reporting.finalDue)],
  );
  if (incident.personalData?.involved) lines.push([t.peopleNotified, dayOr(ctx, incident.peopleNotifiedAt)]);
  return lines;
}

function leakText(ctx: SectionContext, incident: SummaryIncident): string {
  const t = ctx.text.insurer.incidents;
  const pd = incident.personalData;
  if (!pd) return t.notRecorded;
  if (!pd.involved) return t.leakNone;
  const people = pd.people === null ? t.notRecorded : fill(t.peopleValue, { count: ctx.language === 'ja' ? pd.people.toLocaleString('ja-JP') : pd.people.toLocaleString('en-GB') });
  const flags = (['sensitive', 'financial', 'malicious', 'encrypted'] as const).filter((f) => pd[f]).map((f) => t.flags[f]);
  const sep = ctx.language === 'ja' ? '、' : ', ';
  return [`${t.people}: ${people}`, `${t.dataItems}: ${pd.dataItems || t.notRecorded}`, ...(flags.length ? [flags.join(sep)] : [])].join('\n');
}

function costText(ctx: SectionContext, incident: SummaryIncident): string {
  const t = ctx.text.insurer.incidents;
  if (incident.costs.length === 0) return t.costsNone;
  const receipt = (kept: boolean | null) => (kept === null ? t.receipt.unknown : kept ? t.receipt.kept : t.receipt.notKept);
  const lines = costsByClaimHeading(incident)
    .filter((group) => group.lines.length > 0)
    .flatMap((group) => [
      `${t.headings[group.heading]}: ${ctx.yen(group.totalYen)}`,
      ...group.lines.map((l) => `  ${ctx.language === 'ja' ? '・' : '• '}${l.item} ${ctx.yen(l.amountYen)}${aside(ctx, [ctx.day(l.date), receipt(l.receiptKept)])}`),
    ]);
  lines.push(`${t.total}: ${ctx.yen(incident.totalCostYen)}`);
  return lines.join('\n');
}

function notificationText(ctx: SectionContext, incident: SummaryIncident): string {
  const t = ctx.text.insurer.incidents;
  const log = incident.notifications;
  if (!log) return t.notRecorded;
  if (log.length === 0) return t.notifiedNone;
  // Who was told is a fact the insurer needs (usually an organisation); the note is free text.
  return log.map((n) => `${ctx.day(n.date)}  ${n.to}${aside(ctx, [n.method])}${ctx.showNotes && n.note ? ` ${n.note}` : ''}`).join('\n');
}

function impactText(ctx: SectionContext, incident: SummaryIncident): string {
  const t = ctx.text.insurer.incidents;
  if (!incident.businessImpact) return t.notRecorded;
  return ctx.showNotes ? shortOrReferenced(ctx, incident.title, incident.businessImpact) : t.withheld;
}

function incidentBlock(ctx: SectionContext, incident: SummaryIncident): Content {
  const t = ctx.text.insurer.incidents;
  const kind = [incident.category, incident.severity, incident.status].join(ctx.language === 'ja' ? '・' : ' · ');
  const lines: Line[] = [
    [t.dates, dateLines(ctx, incident).map(([label, value]) => `${label}: ${value}`).join('\n')],
    [t.leak, leakText(ctx, incident)],
    [t.impact, impactText(ctx, incident)],
    [t.costs, costText(ctx, incident)],
    [t.notified, notificationText(ctx, incident)],
  ];
  // Free text and names only when ticked in (disclosure): the same rule as the rest of the pack.
  if (ctx.showNotes && incident.summaryText) lines.push([ctx.text.incidents.details, shortOrReferenced(ctx, incident.title, incident.summaryText)]);
  if (ctx.showNames && incident.people.length > 0) lines.push([ctx.text.incidents.people, incident.people.join(ctx.language === 'ja' ? '、' : ', ')]);
  const body: TableCell[][] = [
    [{ text: [{ text: incident.title, bold: true }, { text: `\n${kind}`, style: 'small' }], colSpan: 2 }, {}],
    ...lines.map(([label, value]): TableCell[] => [{ text: label, style: 'label' }, { text: value }]),
  ];
  return { table: { widths: [124, '*'], body, dontBreakRows: false, headerRows: 0 }, layout: tableLayout, margin: [0, 2, 0, 10] };
}

/** Every incident of the last 5 years with the facts an application and a claim ask for. */
export function insurerIncidentFactsSection(ctx: SectionContext): Content[] {
  const t = ctx.text.insurer.incidents;
  const incidents = ctx.input.incidents;
  if (!incidents) return [heading(t.heading), notRecorded(ctx)];
  const recent = fiveYearIncidents(incidents, ctx.today);
  const from = ctx.day(historyFrom(ctx.today));
  const lead: Content = { text: fill(t.lead, { from }), margin: [0, 0, 0, 4] };
  // Every record is accounted for: the older closed ones are counted, with their costs.
  const olderCount = incidents.length - recent.length;
  const recentCost = recent.reduce((sum, i) => sum + i.totalCostYen, 0);
  const olderCost = incidents.reduce((sum, i) => sum + i.totalCostYen, 0) - recentCost;
  const counts: Content = {
    text: [
      fill(t.counted, { total: countText(ctx, incidents.length), shown: countText(ctx, recent.length), cost: ctx.yen(recentCost) }),
      ...(olderCount > 0 ? [' ', fill(t.olderCounted, { from, count: countText(ctx, olderCount), cost: ctx.yen(olderCost) })] : []),
    ],
    style: 'muted',
    margin: [0, 0, 0, 6],
  };
  if (recent.length === 0) return [heading(t.heading), lead, counts, { ...(emptyNote(ctx) as object), text: t.none } as Content];
  const hasCosts = recent.some((i) => i.costs.length > 0);
  return [heading(t.heading), lead, counts, ...recent.map((i) => incidentBlock(ctx, i)), ...(hasCosts ? [{ text: t.headingNote, style: 'small', margin: [0, -4, 0, 10] } as Content] : [])];
}
