import type { Content, TDocumentDefinitions, TableCell } from 'pdfmake/interfaces.js';
import { resources } from '../i18n/resources';
import type { Contact } from './schema';
import type { Language } from '../settings/schema';
import { cardContacts } from './call-order';

export interface EmergencyCardInput {
  company: string;
  contacts: Contact[];
  language: Language;
  /** The day it was made, already written in the card's language (e.g. 2026年11月25日). */
  madeOn: string;
}

/**
 * At most this many contacts fit one A4 page at a size readable from a chair; the rest are
 * named as a count so the card never spills onto a second page nobody pins up.
 */
export const maxCardContacts = 6;
const maxPhonesPerContact = 3;

const colours = { ink: '#1d2733', muted: '#4f5d6b', primary: '#1c5a86', alert: '#b3261e', soft: '#fdecea', rule: '#b8c4d0' };

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(values[key] ?? ''));

/** Free text is bounded on the card so one long entry cannot push the page onto a second sheet. */
function clip(value: string, max: number): string {
  return value.length > max ? `${value.slice(0, max - 1)}…` : value;
}

/** Font sizes; a crowded card steps down one size rather than overflow. */
function sizes(compact: boolean) {
  return compact
    ? { org: 12.5, person: 10.5, number: 14.5, label: 9, detail: 10, order: 17, padding: 3, phones: 2, clip: { org: 24, person: 14, label: 6, code: 20, hours: 16 } }
    : { org: 14, person: 12, number: 17, label: 10, detail: 11, order: 20, padding: 6, phones: 3, clip: { org: 40, person: 30, label: 12, code: 30, hours: 30 } };
}
type Sizes = ReturnType<typeof sizes>;

function whoCell(contact: Contact, size: Sizes): Content {
  const lines: Content[] = [{ text: clip(contact.organisation, size.clip.org), bold: true, fontSize: size.org }];
  if (contact.person) lines.push({ text: clip(contact.person, size.clip.person), fontSize: size.person });
  return { stack: lines };
}

function phoneCell(contact: Contact, noPhone: string, size: Sizes): Content {
  const phones = contact.phones.slice(0, size.phones);
  if (phones.length === 0) return { text: noPhone, fontSize: size.detail, color: colours.muted };
  // Roomy cards put each label on its own small line above the number; crowded ones inline it.
  return {
    stack: phones.map((p): Content => {
      const label = p.label ? clip(p.label, size.clip.label) : '';
      const number: Content = { text: p.number, bold: true, fontSize: size.number };
      if (!label) return number;
      if (size.phones > 2) return { stack: [{ text: label, fontSize: size.label, color: colours.muted }, number], margin: [0, 0, 0, 2] };
      return { text: [number, { text: `  ${label}`, fontSize: size.label, color: colours.muted }] };
    }),
  };
}

function numbersCell(contact: Contact, text: (typeof resources)['ja']['contacts']['card'], size: Sizes): Content {
  const lines: Content[] = [];
  if (contact.contractNumber) {
    lines.push({ text: text.contractNumberLabel, fontSize: size.label, color: colours.muted });
    lines.push({ text: clip(contact.contractNumber, size.clip.code), bold: true, fontSize: size.detail + 1 });
  }
  if (contact.hours) lines.push({ text: fill(text.hours, { hours: clip(contact.hours, size.clip.hours) }), fontSize: size.label, color: colours.muted });
  return lines.length ? { stack: lines } : { text: '' };
}

/** The emergency card as a pdfmake document: one A4 page, first steps, then who to call in order. */
export function buildEmergencyCard(input: EmergencyCardInput): TDocumentDefinitions {
  const text = resources[input.language].contacts.card;
  const onCard = cardContacts(input.contacts);
  const shown = onCard.slice(0, maxCardContacts);
  const hidden = onCard.length - shown.length;
  const phoneLines = shown.reduce((sum, c) => sum + Math.min(c.phones.length, maxPhonesPerContact), 0);
  const size = sizes(shown.length > 5 || phoneLines > 9);

  const header: TableCell[] = [text.order, text.who, text.phone, text.numbers].map((label) => ({
    text: label,
    bold: true,
    fontSize: 10.5,
    color: '#ffffff',
    fillColor: colours.primary,
  }));
  const rows: TableCell[][] = shown.map((contact, index) => [
    { text: String(index + 1), bold: true, fontSize: size.order, alignment: 'center', color: colours.primary },
    whoCell(contact, size),
    phoneCell(contact, text.noPhone, size),
    numbersCell(contact, text, size),
  ]);

  const content: Content[] = [
    { text: text.title, fontSize: 30, bold: true, color: colours.alert },
    { text: text.subtitle, fontSize: 14, margin: [0, 2, 0, 0] },
    {
      columns: [
        { text: input.company, fontSize: 13, bold: true },
        { text: fill(text.madeOn, { date: input.madeOn }), fontSize: 10.5, alignment: 'right', color: colours.muted },
      ],
      margin: [0, 6, 0, 10],
    },
    {
      table: {
        widths: ['*'],
        body: [
          [{ text: text.firstStepsHeading, fontSize: 17, bold: true, color: colours.alert, margin: [4, 4, 4, 2] }],
          [{ ol: text.firstSteps.map((step) => ({ text: step, margin: [0, 0, 0, 5] })), fontSize: 14, margin: [4, 2, 4, 4] }],
        ],
      },
      layout: { fillColor: () => colours.soft, hLineWidth: () => 0, vLineWidth: () => 0 },
      margin: [0, 0, 0, 14],
    },
    { text: text.callHeading, fontSize: 17, bold: true, color: colours.primary, margin: [0, 0, 0, 6] },
    shown.length
      ? {
          table: { headerRows: 1, dontBreakRows: true, widths: [24, 150, '*', 130], body: [header, ...rows] },
          layout: {
            hLineWidth: () => 0.6,
            vLineWidth: () => 0,
            hLineColor: () => colours.rule,
            paddingTop: () => size.padding,
            paddingBottom: () => size.padding,
          },
        }
      : { text: text.noneOnCard, fontSize: 13, color: colours.muted },
  ];
  if (hidden > 0) content.push({ text: fill(text.more, { count: hidden }), fontSize: 10.5, color: colours.muted, margin: [0, 6, 0, 0] });
  content.push({ text: text.personalData, fontSize: 11, margin: [0, 12, 0, 0] });

  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: [40, 36, 40, 40],
    info: { title: `${text.title} - ${input.company}` },
    defaultStyle: { fontSize: 12, color: colours.ink, lineHeight: 1.2 },
    footer: { text: text.footer, fontSize: 9, color: colours.muted, alignment: 'center' },
    content,
  };
}
