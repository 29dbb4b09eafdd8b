import type { Content, TableCell } from 'pdfmake/interfaces.js';
import { dataTable, emptyNote, heading, notRecorded, shortOrReferenced, type SectionContext } from './context';

const statusOrder = { doing: 0, todo: 1, done: 2 } as const;

/** The action plan: open items first, then by due date. */
export function actionsSection(ctx: SectionContext): Content[] {
  const t = ctx.text.actions;
  const actions = ctx.input.actions;
  if (!actions) return [heading(t.heading), notRecorded(ctx)];
  if (actions.length === 0) return [heading(t.heading), emptyNote(ctx)];
  const sorted = [...actions].sort(
    (a, b) => statusOrder[a.status] - statusOrder[b.status] || (a.dueDate || '9999').localeCompare(b.dueDate || '9999'),
  );
  const header = [t.title, ...(ctx.showNames ? [t.owner] : []), t.due, t.status];
  const rows: TableCell[][] = sorted.map((action) => {
    const title: Content[] = [{ text: action.title }];
    if (ctx.showNotes && action.note) title.push({ text: shortOrReferenced(ctx, action.title, action.note), style: 'note', margin: [0, 2, 0, 0] });
    return [
      { stack: title },
      ...(ctx.showNames ? [{ text: action.owner || '—' }] : []),
      // A date is one value: never 2026年12月24 | 日 across two lines.
      { text: ctx.day(action.dueDate) || '—', noWrap: true },
      { text: t.statuses[action.status] },
    ];
  });
  const widths = ctx.showNames ? ['*', 70, 90, 66] : ['*', 90, 66];
  return [heading(t.heading), dataTable(widths, header, rows)];
}
