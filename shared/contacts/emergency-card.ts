import type { Content, TDocumentDefinitions, TableCell } from 'pdfmake/interfaces.js';
import { resources } from '../i18n/resources';
import type { Contact } from './schema';
import type { Language } from '../settings/schema';
import { cardContacts } from './call-order';
import { cardLevels, estimateCardFit, type CardLevel } from './emergency-card-layout';

export interface EmergencyCardInput {
  company: string;
  contacts: Contact[];
  language: Language;
  /** The day it was made, already written in the card's language (e.g. 2026年11月25日). */
  madeOn: string;
}

/** How the card is laid out: a type level of `cardLevels` and how many listed contacts it shows. */
export interface CardFit {
  level: number;
  contacts: number;
  /** At most this many phones side by side (default: the level's own). */
  phoneColumns?: number;
}

/** Up to this many contacts in calling order; the rest are named as a count (one sheet to pin up). */
export const maxCardContacts = 10;

type CardText = (typeof resources)['ja']['contacts']['card'];
const colours = { ink: '#1d2733', muted: '#4f5d6b', primary: '#1c5a86', alert: '#b3261e', soft: '#fdecea', rule: '#b8c4d0' };

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(values[key] ?? ''));

/** The in-house IT person and the police, when in the directory but not in the calling order. */
export function cardExtras(contacts: Contact[]): Contact[] {
  return contacts.filter((c) => c.callOrder === null && (c.role === 'internal' || c.role === 'police'));
}

function whoCell(contact: Contact, size: CardLevel, compact = false): Content {
  // Crowded cards run the person on after the organisation instead of on a line of its own.
  if (compact && contact.person) return { text: [{ text: contact.organisation, bold: true, fontSize: size.org }, { text: `　${contact.person}`, fontSize: size.person }] };
  const lines: Content[] = [{ text: contact.organisation, bold: true, fontSize: size.org }];
  if (contact.person) lines.push({ text: contact.person, fontSize: size.person });
  return { stack: lines };
}

/** One phone: its label (whole, wrapping) above the number, which is never cut. */
function phoneBlock(phone: Contact['phones'][number], size: CardLevel): Content {
  const number: Content = { text: phone.number, bold: true, fontSize: size.number };
  return phone.label ? { stack: [{ text: phone.label, fontSize: size.label, color: colours.muted }, number], margin: [0, 0, 0, 2] } : { stack: [number], margin: [0, 0, 0, 2] };
}

/** Every phone of the contact; on crowded cards two or three side by side. */
function phoneCell(contact: Contact, noPhone: string, size: CardLevel): Content {
  if (contact.phones.length === 0) return { text: noPhone, fontSize: size.detail, color: colours.muted };
  if (size.phoneColumns === 1) return { stack: contact.phones.map((p) => phoneBlock(p, size)) };
  const rows: Content[] = [];
  for (let i = 0; i < contact.phones.length; i += size.phoneColumns) {
    const cells = Array.from({ length: size.phoneColumns }, (_, k): Content => {
      const phone = contact.phones[i + k];
      // pdfmake's types lack a column's width on a stack; it is honoured.
      return (phone ? { width: '*', stack: [phoneBlock(phone, size)] } : { width: '*', text: '' }) as unknown as Content;
    });
    rows.push({ columns: cells, columnGap: 6 });
  }
  return { stack: rows };
}

function numbersCell(contact: Contact, text: CardText, size: CardLevel, compact = false): Content {
  const lines: Content[] = [];
  if (contact.contractNumber && compact) {
    lines.push({ text: [{ text: `${text.contractNumberLabel} `, fontSize: size.label, color: colours.muted }, { text: contact.contractNumber, bold: true, fontSize: size.detail + 1 }] });
  } else if (contact.contractNumber) {
    lines.push({ text: text.contractNumberLabel, fontSize: size.label, color: colours.muted });
    // A policy number is read out on the phone: never cut, it wraps instead.
    lines.push({ text: contact.contractNumber, bold: true, fontSize: size.detail + 1 });
  }
  if (contact.hours) lines.push({ text: fill(text.hours, { hours: contact.hours }), fontSize: size.label, color: colours.muted });
  return lines.length ? { stack: lines } : { text: '' };
}

/** The in-house IT person and the police, two to a row under the calling order. */
function extrasBlock(extras: Contact[], text: CardText, size: CardLevel): Content[] {
  if (extras.length === 0) return [];
  const cell = (c: Contact): TableCell => ({
    stack: [
      { text: c.role === 'internal' ? text.internalRole : text.policeRole, fontSize: size.label, color: colours.muted },
      whoCell(c, size),
      phoneCell(c, text.noPhone, { ...size, phoneColumns: 1 }),
    ],
  });
  const rows: TableCell[][] = [];
  for (let i = 0; i < extras.length; i += 2) rows.push([cell(extras[i]!), extras[i + 1] ? cell(extras[i + 1]!) : { text: '' }]);
  return [
    { text: text.extrasHeading, fontSize: size.callHeading - 2, bold: true, color: colours.primary, margin: [0, 10, 0, 4] },
    {
      table: { widths: ['*', '*'], dontBreakRows: true, body: rows },
      layout: { hLineWidth: () => 0.6, vLineWidth: () => 0, hLineColor: () => colours.rule, paddingTop: () => size.padding, paddingBottom: () => size.padding },
    },
  ];
}

/**
 * Widths when the numbers to give sit under the name: the phones get what their columns need,
 * the name the rest. All fixed, since pdfmake widens a '*' column to its longest word and would
 * push the phones off the page.
 */
function threeColumnWidths(level: CardLevel, phoneColumns: number): number[] {
  const cellPadding = 8; // pdfmake's default 4 left + 4 right
  const content = 595 - level.margins[0] - level.margins[2];
  const order = typeof level.widths[0] === 'number' ? level.widths[0] : 22;
  const phones = phoneColumns * 110 + (phoneColumns - 1) * 6;
  return [order, content - order - phones - cellPadding * 3, phones];
}

/** Lays the card out as `estimateCardFit` guesses; the PDF service checks the guess and steps down. */
export function defaultCardFit(input: EmergencyCardInput): CardFit {
  const listed = cardContacts(input.contacts).slice(0, maxCardContacts);
  return estimateCardFit(listed, cardExtras(input.contacts), resources[input.language].contacts.card.firstSteps);
}

/** The emergency card as a pdfmake document: one A4 page, first steps, then who to call in order. */
export function buildEmergencyCard(input: EmergencyCardInput, fit: CardFit = defaultCardFit(input)): TDocumentDefinitions {
  const text = resources[input.language].contacts.card;
  const level = cardLevels[Math.min(Math.max(fit.level, 0), cardLevels.length - 1)]!;
  const onCard = cardContacts(input.contacts);
  const shown = onCard.slice(0, Math.min(fit.contacts, maxCardContacts));
  // Phones side by side only as many as someone has; the names get the rest of the width.
  const phoneColumns = Math.max(1, Math.min(fit.phoneColumns ?? level.phoneColumns, Math.max(0, ...shown.map((c) => c.phones.length))));
  const size: CardLevel = level.widths.length === 3 ? { ...level, phoneColumns, widths: threeColumnWidths(level, phoneColumns) } : level;
  const hidden = onCard.length - shown.length;

  // Crowded cards give the phones more room: the numbers to give go under the name.
  const threeColumns = size.widths.length === 3;
  const header: TableCell[] = (threeColumns ? [text.order, text.whoAndNumbers, text.phone] : [text.order, text.who, text.phone, text.numbers]).map((label) => ({ text: label, bold: true, fontSize: 10, color: '#ffffff', fillColor: colours.primary }));
  const rows: TableCell[][] = shown.map((contact, index): TableCell[] => {
    const order: TableCell = { text: String(index + 1), bold: true, fontSize: size.order, alignment: 'center', color: colours.primary };
    if (threeColumns) return [order, { stack: [whoCell(contact, size, true), numbersCell(contact, text, size, true)] }, phoneCell(contact, text.noPhone, size)];
    return [order, whoCell(contact, size), phoneCell(contact, text.noPhone, size), numbersCell(contact, text, size)];
  });

  const content: Content[] = [
    { text: text.title, fontSize: size.title, bold: true, color: colours.alert },
    { text: text.subtitle, fontSize: size.subtitle, margin: [0, 2, 0, 0] },
    {
      columns: [
        { text: input.company, fontSize: 13, bold: true },
        { text: fill(text.madeOn, { date: input.madeOn }), fontSize: 10.5, alignment: 'right', color: colours.muted },
      ],
      margin: [0, 4, 0, 8],
    },
    {
      table: {
        widths: ['*'],
        body: [
          [{ text: text.firstStepsHeading, fontSize: size.stepsHeading, bold: true, color: colours.alert, margin: [4, 4, 4, 2] }],
          [{ ol: text.firstSteps.map((step) => ({ text: step, margin: [0, 0, 0, size.stepGap] })), fontSize: size.steps, margin: [4, 2, 4, 4] }],
        ],
      },
      layout: { fillColor: () => colours.soft, hLineWidth: () => 0, vLineWidth: () => 0 },
      margin: [0, 0, 0, 10],
    },
    { text: text.callHeading, fontSize: size.callHeading, bold: true, color: colours.primary, margin: [0, 0, 0, 4] },
    shown.length
      ? {
          table: { headerRows: 1, dontBreakRows: true, widths: [...size.widths], body: [header, ...rows] },
          layout: { hLineWidth: () => 0.6, vLineWidth: () => 0, hLineColor: () => colours.rule, paddingTop: () => size.padding, paddingBottom: () => size.padding },
        }
      : { text: text.noneOnCard, fontSize: 13, color: colours.muted },
  ];
  if (hidden > 0) content.push({ text: fill(text.more, { count: hidden }), fontSize: 10, color: colours.muted, margin: [0, 4, 0, 0] });
  content.push(...extrasBlock(cardExtras(input.contacts), text, size));
  content.push({ text: text.personalData, fontSize: Math.max(size.label + 1, 9.5), margin: [0, 10, 0, 0] });

  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: [...size.margins],
    info: { title: `${text.title} - ${input.company}` },
    defaultStyle: { fontSize: 12, color: colours.ink, lineHeight: size.lineHeight },
    footer: { text: text.footer, fontSize: 9, color: colours.muted, alignment: 'center' },
    content,
  };
}
