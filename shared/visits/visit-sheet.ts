import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { resources } from '../i18n/resources';
import type { Language } from '../settings/schema';
import { fill, formatDay } from '../summary/text';
import { changeBetween } from './changes';
import type { Visit } from './schema';

export interface VisitSheetInput {
  company: string;
  visit: Visit;
  /** The visit before, whose baseline the owner's copy compares with. */
  previous: Visit | null;
  /** "IPA … 第2回: 基本方針の策定", or '' without a programme. */
  programmeLine: string;
  language: Language;
}

/** How small the type may get, and how much of each long text is printed, to stay on one page. */
export interface SheetFit {
  fontSize: number;
  /** Characters of each free text printed; Infinity = all. */
  textLimit: number;
}

const clip = (text: string, limit: number) => (text.length > limit ? `${text.slice(0, limit)}…` : text);

function changeLines(input: VisitSheetInput): Content {
  const t = resources[input.language].visits.pdf;
  const { visit, previous } = input;
  if (!previous) return { text: t.firstVisit, italics: true };
  const change = changeBetween(previous, visit.baseline);
  const score = change.scoreNow === null ? t.noScore : fill(t.score, { before: change.scoreBefore ?? '—', now: change.scoreNow });
  return {
    stack: [
      { text: fill(t.changes, { date: formatDay(previous.date, input.language) }), bold: true },
      { ul: [score, fill(t.actionsDone, { count: change.actionsDone }), fill(t.newIncidents, { count: change.newIncidents })] },
    ],
  };
}

function section(title: string, body: string, fit: SheetFit): Content[] {
  if (!body.trim()) return [];
  return [{ text: title, bold: true, margin: [0, 6, 0, 2] }, { text: clip(body, fit.textLimit) }];
}

function signatureLine(label: string): Content {
  return { stack: [{ text: ' ', margin: [0, 18, 0, 0] }, { canvas: [{ type: 'line', x1: 0, y1: 0, x2: 230, y2: 0, lineWidth: 0.8 }] }, { text: label, fontSize: 8, margin: [0, 2, 0, 0] }] };
}

/** Who keeps a printed copy: each side signs both and keeps one. */
export const visitCopies = ['ownerCopy', 'supporterCopy'] as const;

/**
 * The visit record, one A4 page a copy (the company's, then the supporter's): what was
 * discussed, agreed, and both sides' signatures. The copies differ only in their heading.
 */
export function buildVisitSheet(input: VisitSheetInput, fit: SheetFit): TDocumentDefinitions {
  const t = resources[input.language].visits;
  return {
    pageSize: 'A4',
    pageMargins: [40, 36, 40, 36],
    info: { title: t.pdf.title },
    defaultStyle: { fontSize: fit.fontSize, lineHeight: 1.2 },
    // Each copy built afresh: pdfmake writes layout state into the nodes it lays out.
    content: visitCopies.map((copy, index): Content => ({ stack: copySheet(input, fit, t.pdf[copy]), ...(index > 0 ? { pageBreak: 'before' as const } : {}) })),
  };
}

function copySheet(input: VisitSheetInput, fit: SheetFit, copyLabel: string): Content[] {
  const t = resources[input.language].visits;
  const { visit, language } = input;
  const day = (iso: string) => (iso ? formatDay(iso, language) : t.pdf.notSet);
  const facts: [string, string][] = [
    [t.pdf.company, input.company],
    [t.pdf.date, day(visit.date)],
    [t.pdf.kind, t.kinds[visit.kind]],
    ...(input.programmeLine ? [[t.pdf.programme, input.programmeLine] as [string, string]] : []),
    [t.pdf.supporter, visit.supporter || '—'],
    [t.pdf.attendees, visit.attendees || '—'],
    [t.pdf.minutes, fill(t.pdf.minutesValue, { minutes: visit.minutes })],
    [t.pdf.nextVisit, day(visit.nextVisitOn)],
  ];
  const steps: Content[] = visit.nextSteps.length
    ? [
        { text: t.pdf.nextSteps, bold: true, margin: [0, 6, 0, 2] },
        {
          table: {
            headerRows: 1,
            widths: ['*', 100, 90],
            body: [[t.pdf.nextSteps, t.pdf.owner, t.pdf.due].map((h) => ({ text: h, bold: true })), ...visit.nextSteps.map((s) => [clip(s.title, fit.textLimit), s.owner, day(s.dueDate)])],
          },
          layout: 'lightHorizontalLines',
        },
      ]
    : [];
  const service = visit.service
    ? [{ text: fill(t.pdf.service, { name: visit.service.serviceName || '—', devices: visit.service.monitoredDevices, alerts: visit.service.alertsReceived, dispatches: visit.service.dispatches }), margin: [0, 6, 0, 0] } as Content]
    : [];
  return [
    { columns: [{ text: t.pdf.title, fontSize: fit.fontSize + 6, bold: true }, { text: copyLabel, alignment: 'right', width: 'auto' }] },
    { table: { widths: [90, '*'], body: facts.map(([k, v]) => [{ text: k, bold: true }, v]) }, layout: 'noBorders', margin: [0, 8, 0, 0] },
    ...section(t.pdf.topics, visit.topics.join(language === 'ja' ? '、' : ', '), fit),
    ...section(t.pdf.findings, visit.findings, fit),
    ...section(t.pdf.advice, visit.advice, fit),
    ...steps,
    ...service,
    { ...(changeLines(input) as object), margin: [0, 8, 0, 0] } as Content,
    { columns: [signatureLine(t.pdf.signSupporter), signatureLine(t.pdf.signOwner)], columnGap: 30, margin: [0, 16, 0, 0] },
  ];
}

/** Roomiest first; the last ones print only the start of very long texts. */
export const sheetFits: SheetFit[] = [
  { fontSize: 10, textLimit: Infinity },
  { fontSize: 9, textLimit: Infinity },
  { fontSize: 8, textLimit: Infinity },
  { fontSize: 7, textLimit: Infinity },
  { fontSize: 7, textLimit: 1200 },
  { fontSize: 7, textLimit: 500 },
  { fontSize: 7, textLimit: 200 },
];
