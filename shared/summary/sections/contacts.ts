import type { Content, TableCell } from 'pdfmake/interfaces.js';
import { dataTable, emptyNote, heading, notRecorded, shortOrReferenced, type SectionContext } from './context';

/** The contact list, emergency calling order first. */
export function contactsSection(ctx: SectionContext): Content[] {
  const t = ctx.text.contacts;
  const contacts = ctx.input.contacts;
  if (!contacts) return [heading(t.heading), notRecorded(ctx)];
  if (contacts.length === 0) return [heading(t.heading), emptyNote(ctx)];
  const sorted = [...contacts].sort((a, b) => (a.callOrder ?? 1000) - (b.callOrder ?? 1000));
  const rows: TableCell[][] = sorted.map((c) => {
    const who: Content[] = [{ text: c.organisation, bold: true }];
    if (ctx.showNames && c.person) who.push({ text: c.person, style: 'small' });
    if (c.contractNumber) who.push({ text: `${t.contract} ${c.contractNumber}`, style: 'small' });
    if (ctx.showNotes && c.notes) who.push({ text: shortOrReferenced(ctx, c.organisation, c.notes), style: 'note' });
    // The number is kept whole on one line; its label and the e-mail follow in small type.
    // The label goes under its number: beside it, 24時間受付 would split or run into the next column.
    const phones: Content[] = c.phones.flatMap((p): Content[] => [
      { text: p.number, noWrap: true, margin: p.label ? [0, 0, 0, 0] : [0, 0, 0, 2] },
      ...(p.label ? [{ text: p.label, style: 'small', noWrap: [...p.label].length <= 14, margin: [0, 0, 0, 2] } as Content] : []),
    ]);
    if (c.email) phones.push({ text: c.email, style: 'small' });
    return [
      { text: c.callOrder === null ? '' : String(c.callOrder), alignment: 'center' },
      { text: t.roles[c.role] },
      { stack: who },
      phones.length > 0 ? { stack: phones } : { text: '—' },
      { text: c.hours || '—', style: 'small' },
    ];
  });
  return [heading(t.heading), dataTable([34, 70, '*', 124, 80], [t.order, t.role, t.organisation, t.phone, t.hours], rows)];
}
