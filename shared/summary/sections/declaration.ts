import type { Content } from 'pdfmake/interfaces.js';
import { fill } from '../text';
import { heading, type SectionContext } from './context';

function signLine(label: string, prefill = ''): Content {
  return {
    stack: [
      { text: prefill || ' ', margin: [2, 14, 0, 1] },
      { canvas: [{ type: 'line', x1: 0, y1: 0, x2: 300, y2: 0, lineWidth: 0.6, lineColor: '#555' }] },
      { text: label, style: 'small', margin: [0, 1, 0, 0] },
    ],
  };
}

/**
 * The page the representative signs, as on an insurer's 告知書: what the answers rest on (the
 * self-check's day, records up to the printing day, the fingerprint in the footer) and lines for name, title,
 * date and signature. Always on a page of its own, so it can be signed and sent separately.
 */
export function declarationSection(ctx: SectionContext): Content[] {
  const t = ctx.text.insurer.declaration;
  const check = ctx.input.selfCheck;
  const basis = [
    check ? fill(t.selfCheck, { date: ctx.day(check.completedAt) }) : t.noSelfCheck,
    fill(t.records, { date: ctx.day(ctx.today) }),
    // The footer of this very page carries the fingerprint of the data signed for.
    t.fingerprint,
  ];
  return [
    {
      stack: [
        heading(t.heading),
        { text: t.body, margin: [0, 4, 0, 10] },
        { text: t.basisHeading, style: 'label' },
        { ul: basis, margin: [0, 2, 0, 16] },
        signLine(t.company, ctx.input.profile.name),
        signLine(t.name),
        signLine(t.title),
        signLine(t.date),
        signLine(t.signature),
      ],
      pageBreak: 'before',
      unbreakable: true,
    },
  ];
}
