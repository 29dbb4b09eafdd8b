import { claimHeadings } from '../../incidents/claim-headings';
import type { Language } from '../../settings/schema';
import type { SummaryIncident, SummaryInput } from '../input';
import { formatDay, pdfText } from '../text';
import { insurerControls } from './controls';
import { evidenceLines } from './evidence-text';
import { costsByClaimHeading, fiveYearIncidents } from './five-years';

/** A worksheet as plain data: the spreadsheet writer (electron/features/summary/xlsx.ts) only lays it out. */
export interface Sheet {
  name: string;
  /** Lines above the table (title, company, date). */
  preamble: string[];
  header: string[];
  widths: number[];
  rows: (string | number)[][];
}

/**
 * The insurer pack's answers as sheets: the same facts as the PDF, with the insurer's defaults
 * (no free-text notes, no people's names). Missing facts are 未記録, never a blank or a guess.
 */
export function insurerSheets(input: SummaryInput, language: Language, today: string): Sheet[] {
  const text = pdfText(language);
  const t = text.insurer;
  const n = t.incidents;
  const day = (iso: string | undefined) => (iso ? formatDay(iso, language) : n.notRecorded);
  const preamble = [`${text.title}（${text.audienceLine.insurer}）`, input.profile.name, `${text.createdOn}: ${formatDay(today, language)}`];
  const controls: Sheet = {
    name: t.sheets.controls,
    preamble,
    header: [t.controls.control, t.controls.state, t.controls.evidence],
    widths: [48, 10, 80],
    rows: insurerControls(input).map((c) => [t.controls.names[c.id], t.controls.states[c.state], evidenceLines(c, input.profile.securityService.name, language).join('\n')]),
  };
  const open: Sheet = {
    name: t.sheets.open,
    preamble,
    header: [t.openQuestions.number, text.weak.question],
    widths: [8, 80],
    rows: input.selfCheck ? input.selfCheck.unknownItems.map((q) => [q.questionId.replace('q', 'Q'), q.label]) : [[text.notRecorded, '']],
  };
  const incidents = input.incidents ? fiveYearIncidents(input.incidents, today) : [];
  const incidentRows = incidents.map((i) => {
    const pd = i.personalData;
    const byHeading = costsByClaimHeading(i);
    const reportable = i.reporting.status !== 'notRequired';
    const notRequired = text.incidents.reportingStatus.notRequired;
    return [
      i.title,
      i.category,
      day(i.occurredAt),
      day(i.discoveredAt),
      day(i.containedAt),
      day(i.recoveredAt),
      day(i.closedAt),
      reportable ? day(i.reporting.preliminarySentAt) : notRequired,
      reportable ? day(i.reporting.finalSentAt) : notRequired,
      pd?.involved ? day(i.peopleNotifiedAt) : '',
      !pd ? n.notRecorded : !pd.involved ? n.leakNone : pd.people ?? n.notRecorded,
      !pd ? n.notRecorded : !pd.involved ? '' : pd.dataItems || n.notRecorded,
      ...byHeading.map((g) => g.totalYen),
      i.totalCostYen,
      !i.notifications ? n.notRecorded : i.notifications.map((x) => `${formatDay(x.date, language)} ${x.to} (${x.method})`).join('\n'),
    ];
  });
  const incidentSheet: Sheet = {
    name: t.sheets.incidents,
    preamble,
    header: [
      text.incidents.title, text.incidents.category, n.occurred, n.discovered, n.contained, n.recovered, n.closed,
      n.preliminarySent, n.finalSent, n.peopleNotified, n.people, n.dataItems,
      ...claimHeadings.map((h) => n.headings[h]), n.total, n.notified,
    ],
    widths: [36, 14, 14, 14, 14, 14, 14, 14, 14, 14, 12, 30, 14, 14, 14, 14, 14, 50],
    rows: incidentRows.length > 0 ? incidentRows : [[n.none]],
  };
  return [controls, open, incidentSheet];
}

/** One incident's costs for a claim: every line under its heading, a subtotal per heading, the total. */
export function claimSheet(incident: SummaryIncident, input: SummaryInput, language: Language, today: string): Sheet {
  const text = pdfText(language);
  const n = text.insurer.incidents;
  const s = text.insurer.sheets;
  const receipt = (kept: boolean | null) => (kept === null ? n.notRecorded : kept ? n.receipt.kept : n.receipt.notKept);
  const rows: (string | number)[][] = [];
  for (const group of costsByClaimHeading(incident)) {
    for (const line of group.lines) rows.push([n.headings[group.heading], line.item, line.amountYen, formatDay(line.date, language), receipt(line.receiptKept)]);
    rows.push([`${n.headings[group.heading]} ${n.total}`, '', group.totalYen, '', '']);
  }
  rows.push([n.total, '', incident.totalCostYen, '', '']);
  return {
    name: s.claim,
    preamble: [
      input.profile.name,
      `${text.incidents.title}: ${incident.title}`,
      `${n.occurred}: ${incident.occurredAt ? formatDay(incident.occurredAt, language) : n.notRecorded}  ${n.discovered}: ${formatDay(incident.discoveredAt, language)}`,
      `${text.createdOn}: ${formatDay(today, language)}`,
      n.headingNote,
    ],
    header: [s.heading, s.item, s.amount, s.date, s.receipt],
    widths: [26, 44, 14, 18, 14],
    rows,
  };
}
