import type { Content, TableCell } from 'pdfmake/interfaces.js';
import type { resources } from '../i18n/resources';
import type { Contact } from './schema';
import type { CardLevel } from './emergency-card-layout';

/** The emergency card's cells: who, their phones, the numbers to give, the in-house and police box. */
/** Space between phones side by side: enough that two numbers never read as one. */
export const phoneColumnGap = 8;

export type CardText = (typeof resources)['ja']['contacts']['card'];
export const colours = { ink: '#1d2733', muted: '#4f5d6b', primary: '#1c5a86', alert: '#b3261e', soft: '#fdecea', rule: '#b8c4d0' };

export const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(values[key] ?? ''));

/** The in-house IT person and the police, when in the directory but not in the calling order. */
export function cardExtras(contacts: Contact[]): Contact[] {
  return contacts.filter((c) => c.callOrder === null && (c.role === 'internal' || c.role === 'police'));
}

export function whoCell(contact: Contact, size: CardLevel, compact = false): Content {
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
export function phoneCell(contact: Contact, noPhone: string, size: CardLevel): Content {
  if (contact.phones.length === 0) return { text: noPhone, fontSize: size.detail, color: colours.muted };
  if (size.phoneColumns === 1) return { stack: contact.phones.map((p) => phoneBlock(p, size)) };
  const rows: Content[] = [];
  for (let i = 0; i < contact.phones.length; i += size.phoneColumns) {
    const cells = Array.from({ length: size.phoneColumns }, (_, k): Content => {
      const phone = contact.phones[i + k];
      // pdfmake's types lack a column's width on a stack; it is honoured.
      return (phone ? { width: '*', stack: [phoneBlock(phone, size)] } : { width: '*', text: '' }) as unknown as Content;
    });
    rows.push({ columns: cells, columnGap: phoneColumnGap });
  }
  return { stack: rows };
}

export function numbersCell(contact: Contact, text: CardText, size: CardLevel, compact = false): Content {
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
export function extrasBlock(extras: Contact[], text: CardText, size: CardLevel): Content[] {
  if (extras.length === 0) return [];
  const role = (c: Contact) => (c.role === 'internal' ? text.internalRole : text.policeRole);
  const cell = (c: Contact): TableCell =>
    size.compactFrame
      ? { stack: [{ text: [{ text: `${role(c)}　`, fontSize: size.label, color: colours.muted }, { text: c.organisation, bold: true, fontSize: size.org }, ...(c.person ? [{ text: `　${c.person}`, fontSize: size.person }] : [])] }, phoneCell(c, text.noPhone, { ...size, phoneColumns: 2 })] }
      : { stack: [{ text: role(c), fontSize: size.label, color: colours.muted }, whoCell(c, size), phoneCell(c, text.noPhone, { ...size, phoneColumns: 1 })] };
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

