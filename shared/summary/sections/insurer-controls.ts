import type { Content, TableCell } from 'pdfmake/interfaces.js';
import { insurerControls, type ControlState } from '../insurer/controls';
import { evidenceLines } from '../insurer/evidence-text';
import { dataTable, heading, type SectionContext } from './context';

const stateColour: Record<ControlState, string> = { implemented: '#1d6b35', partial: '#8a5a00', notImplemented: '#b3261e', unknown: '#555555' };

/** The key controls in the insurer's headings, each 実施 / 一部 / 未実施 / 不明 with what it rests on. */
export function insurerControlsSection(ctx: SectionContext): Content[] {
  const t = ctx.text.insurer.controls;
  const rows: TableCell[][] = insurerControls(ctx.input).map((control) => [
    { text: t.names[control.id] },
    { text: t.states[control.state], bold: true, color: stateColour[control.state], noWrap: true },
    { text: evidenceLines(control, ctx.input.profile.securityService.name, ctx.language).join('\n'), style: 'small' },
  ]);
  return [
    heading(t.heading),
    { text: t.lead, margin: [0, 0, 0, 4] },
    dataTable([150, 62, '*'], [t.control, t.state, t.evidence], rows),
    { text: t.evidenceFiles, style: 'small', margin: [0, -8, 0, 10] },
  ];
}
