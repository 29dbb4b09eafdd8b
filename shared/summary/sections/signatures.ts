import type { Content } from 'pdfmake/interfaces.js';
import { heading, type SectionContext } from './context';

const line = (width: number): Content => ({
  canvas: [{ type: 'line', x1: 0, y1: 0, x2: width, y2: 0, lineWidth: 0.6, lineColor: '#555' }],
  margin: [0, 18, 0, 2],
});

function party(label: string, ctx: SectionContext): Content {
  const t = ctx.text.signatures;
  return {
    stack: [
      { text: label, bold: true },
      line(220),
      { text: t.signature, style: 'small' },
      line(220),
      { text: t.date, style: 'small' },
    ],
  };
}

/** Ruled space for the supporter's notes, and both parties' signatures and dates. Kept on one page. */
export function signaturesSection(ctx: SectionContext): Content[] {
  const t = ctx.text.signatures;
  const noteLines = Array.from({ length: 6 }, () => line(515));
  return [
    {
      stack: [
        heading(t.heading),
        { text: t.notes, style: 'label' },
        ...noteLines,
        { columns: [party(t.company, ctx), party(t.supporter, ctx)], columnGap: 40, margin: [0, 16, 0, 0] },
      ],
      unbreakable: true,
    },
  ];
}
