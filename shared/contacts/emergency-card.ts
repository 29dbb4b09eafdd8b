import type { Content, TDocumentDefinitions, TableCell } from 'pdfmake/interfaces.js';
import { cardExtras, colours, extrasBlock, fill, numbersCell, phoneCell, phoneColumnGap, whoCell } from './emergency-card-parts';
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

/**
 * Widths when the numbers to give sit under the name: the phones get what their columns need,
 * the name the rest. All fixed, since pdfmake widens a '*' column to its longest word and would
 * push the phones off the page.
 */
function threeColumnWidths(level: CardLevel, phoneColumns: number, longestNumber: string): number[] {
  const cellPadding = 8; // pdfmake's default 4 left + 4 right
  const content = 595 - level.margins[0] - level.margins[2];
  const order = typeof level.widths[0] === 'number' ? level.widths[0] : 22;
  // Wide enough for the longest number on one line (bold digits run about 0.64 em, hyphens 0.45), within reason.
  const em = [...longestNumber].reduce((sum, ch) => sum + (/\d/.test(ch) ? 0.64 : 0.45), 0);
  const column = Math.min(140, Math.max(level.number * 6, Math.ceil(em * level.number) + 2));
  const phones = phoneColumns * column + (phoneColumns - 1) * phoneColumnGap;
  return [order, content - order - phones - cellPadding * 3, phones];
}

/** The title with its subtitle below, or beside it on the smallest level. */
function titleLines(title: string, subtitle: string, size: CardLevel): Content[] {
  const heading: Content = { text: title, fontSize: size.title, bold: true, color: colours.alert };
  if (!size.compactFrame) return [heading, { text: subtitle, fontSize: size.subtitle, margin: [0, 2, 0, 0] }];
  return [{ columns: [{ width: 'auto', ...heading } as Content, { width: '*', text: subtitle, fontSize: size.subtitle, margin: [10, (size.title - size.subtitle) / 2, 0, 0] }] }];
}

/** The four first steps: one list, or two columns of two on the smallest level. */
function firstSteps(steps: readonly string[], size: CardLevel): TableCell {
  const item = (step: string) => ({ text: step, margin: [0, 0, 0, size.stepGap] as [number, number, number, number] });
  if (!size.compactFrame) return { ol: steps.map(item), fontSize: size.steps, margin: [4, 2, 4, 4] };
  const half = Math.ceil(steps.length / 2);
  return {
    columns: [
      { width: '*', ol: steps.slice(0, half).map(item) },
      { width: '*', ol: steps.slice(half).map(item), start: half + 1 },
    ],
    columnGap: 12,
    fontSize: size.steps,
    margin: [4, 2, 4, 4],
  } as TableCell;
}

/** The phone number that needs the most room (by digits, the widest characters). */
function longestNumber(contacts: Contact[]): string {
  const numbers = contacts.flatMap((c) => c.phones.map((p) => p.number));
  return numbers.reduce((longest, n) => (n.replace(/\D/g, '').length * 1.4 + n.length > longest.replace(/\D/g, '').length * 1.4 + longest.length ? n : longest), '');
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
  const size: CardLevel = level.widths.length === 3 ? { ...level, phoneColumns, widths: threeColumnWidths(level, phoneColumns, longestNumber(shown)) } : level;
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
    ...titleLines(text.title, text.subtitle, size),
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
          [firstSteps(text.firstSteps, size)],
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
