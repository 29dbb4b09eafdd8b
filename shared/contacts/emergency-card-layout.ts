import type { Contact } from './schema';

/**
 * Type sizes of the emergency card, roomiest first. A crowded card steps down a level rather than
 * spill onto a second sheet or cut anything short; the last level is the readable minimum
 * (numbers 11pt bold, names 11pt, people 10pt, labels and hours 8.5pt), below which whole contacts are left
 * off and counted instead.
 */
export interface CardLevel {
  title: number; subtitle: number; stepsHeading: number; steps: number; stepGap: number; callHeading: number;
  org: number; person: number; number: number; label: number; detail: number; order: number; padding: number;
  /** Line height (times the type size) and page margins: tighter on crowded cards. */
  lineHeight: number;
  margins: readonly [number, number, number, number];
  /** The smallest level: title and first steps in less height, so the calling order gets it. */
  compactFrame: boolean;
  /** Phones side by side in a contact's cell. */
  phoneColumns: number;
  /** Table columns: four (numbers to give on their own) or three (under the name). */
  widths: readonly (number | '*')[];
}

export const cardLevels: readonly CardLevel[] = [
  { title: 30, subtitle: 14, stepsHeading: 17, steps: 14, stepGap: 5, callHeading: 17, org: 14, person: 12, number: 17, label: 10, detail: 11, order: 20, padding: 6, lineHeight: 1.2, margins: [40, 36, 40, 40], compactFrame: false, phoneColumns: 1, widths: [24, 150, '*', 130] },
  { title: 26, subtitle: 12.5, stepsHeading: 15, steps: 12.5, stepGap: 3, callHeading: 15, org: 13, person: 11, number: 15, label: 9.5, detail: 10.5, order: 17, padding: 4, lineHeight: 1.2, margins: [40, 36, 40, 40], compactFrame: false, phoneColumns: 1, widths: [22, 145, '*', 125] },
  { title: 24, subtitle: 12, stepsHeading: 13.5, steps: 11.5, stepGap: 2, callHeading: 14, org: 12, person: 11, number: 13.5, label: 9, detail: 10, order: 15, padding: 2, lineHeight: 1.1, margins: [34, 28, 34, 34], compactFrame: false, phoneColumns: 2, widths: [22, 150, '*'] },
  { title: 20, subtitle: 10.5, stepsHeading: 12, steps: 10, stepGap: 0, callHeading: 13, org: 11, person: 10, number: 11, label: 8.5, detail: 9, order: 13, padding: 2, lineHeight: 1.05, margins: [28, 22, 28, 30], compactFrame: true, phoneColumns: 3, widths: [22, 128, '*'] },
];

/** Page body height (A4 less the card's margins and footer), in points. */
const bodyHeight = 842 - 36 - 40;
const tableWidth = 595 - 80;

/** A rough width of text: CJK and full-width characters one em, the rest about 0.6 em. */
function textWidth(text: string, size: number): number {
  let em = 0;
  for (const ch of text) em += /[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 1 : 0.6;
  return em * size;
}
function linesOf(text: string, size: number, width: number): number {
  return text.split('\n').reduce((sum, part) => sum + Math.max(1, Math.ceil(textWidth(part, size) / Math.max(width, 1))), 0);
}
const lineHeight = (size: number) => size * 1.45;

function rowHeight(contact: Contact, level: CardLevel): number {
  const fixed = level.widths.filter((w): w is number => typeof w === 'number');
  const whoWidth = typeof level.widths[1] === 'number' ? level.widths[1] : 150;
  const fourth = level.widths[3];
  const phoneWidth = tableWidth - fixed.reduce((a, b) => a + b, 0) - 8 * 4;
  // Without a fourth column the numbers to give sit under the name.
  const numbersWidth = typeof fourth === 'number' ? fourth : whoWidth;
  const who = linesOf(contact.organisation, level.org, Number(whoWidth) - 8) * lineHeight(level.org) + (contact.person ? linesOf(contact.person, level.person, Number(whoWidth) - 8) * lineHeight(level.person) : 0);
  const cell = phoneWidth / level.phoneColumns;
  const phoneRows = Math.ceil(contact.phones.length / level.phoneColumns);
  const onePhone = Math.max(0, ...contact.phones.map((p) => (p.label ? linesOf(p.label, level.label, cell) * lineHeight(level.label) : 0) + linesOf(p.number, level.number, cell) * lineHeight(level.number)));
  const phones = Math.max(1, phoneRows) * Math.max(onePhone, lineHeight(level.detail)) + phoneRows * 2;
  const numbers = (contact.contractNumber ? lineHeight(level.label) + linesOf(contact.contractNumber, level.detail + 1, Number(numbersWidth) - 8) * lineHeight(level.detail + 1) : 0) + (contact.hours ? linesOf(contact.hours, level.label, Number(numbersWidth) - 8) * lineHeight(level.label) : 0);
  const text = fourth === undefined ? who + numbers : Math.max(who, numbers);
  return Math.max(text, phones, lineHeight(level.order)) + level.padding * 2 + 1;
}

/** The estimated height of everything but the calling table: heading, first steps, notes. */
function frameHeight(level: CardLevel, steps: readonly string[], extras: Contact[]): number {
  const stepsHeight = steps.reduce((sum, s) => sum + linesOf(s, level.steps, tableWidth - 30) * lineHeight(level.steps) + level.stepGap, 0);
  const extrasHeight = extras.length ? lineHeight(level.callHeading) + Math.ceil(extras.length / 2) * (lineHeight(level.org) + lineHeight(level.number) * 2 + lineHeight(level.label)) : 0;
  return lineHeight(level.title) + lineHeight(level.subtitle) + 30 + lineHeight(level.stepsHeading) + stepsHeight + 20 + lineHeight(level.callHeading) + lineHeight(10.5) + extrasHeight + lineHeight(11) * 3 + 30;
}

/**
 * The first guess of how to lay the card out: every listed contact, at the roomiest level at which
 * they all seem to fit (the smallest if none). Widths are approximate, so the PDF service renders
 * the guess, steps down when it spilled over, and only then leaves contacts off.
 */
export function estimateCardFit(listed: Contact[], extras: Contact[], steps: readonly string[]): { level: number; contacts: number } {
  const level = cardLevels.findIndex((sizes) => frameHeight(sizes, steps, extras) + listed.reduce((sum, c) => sum + rowHeight(c, sizes), 0) <= bodyHeight);
  return { level: level < 0 ? cardLevels.length - 1 : level, contacts: listed.length };
}
