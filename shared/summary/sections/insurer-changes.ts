import type { Content } from 'pdfmake/interfaces.js';
import { shortFingerprint } from '../../fingerprint/short-form';
import { changesSinceLastPack, type ControlChange } from '../insurer/changes';
import { fill } from '../text';
import { heading, type SectionContext } from './context';

function changeList(ctx: SectionContext, title: string, changes: ControlChange[]): Content[] {
  if (changes.length === 0) return [];
  const t = ctx.text.insurer.controls;
  const arrow = ctx.text.insurer.changes.arrow;
  return [
    { text: title, style: 'label', margin: [0, 4, 0, 0] },
    { ul: changes.map((c) => `${t.names[c.id]}: ${fill(arrow, { before: t.states[c.before], now: t.states[c.now] })}`), margin: [0, 2, 0, 4] },
  ];
}

/** Controls improved or worse and incidents new since the last insurer pack the user saved. */
export function insurerChangesSection(ctx: SectionContext): Content[] {
  const t = ctx.text.insurer.changes;
  const changes = changesSinceLastPack(ctx.input);
  if (!changes) return [heading(t.heading), { text: t.first, style: 'muted', margin: [0, 2, 0, 10] }];
  const content: Content[] = [
    heading(t.heading),
    { text: fill(t.since, { date: ctx.day(changes.since.givenAt), fingerprint: shortFingerprint(changes.since.fingerprint) }), margin: [0, 0, 0, 4] },
  ];
  const by = (direction: ControlChange['direction']) => changes.controls.filter((c) => c.direction === direction);
  if (changes.controls.length === 0) content.push({ text: t.noControlChanges });
  content.push(...changeList(ctx, t.improved, by('improved')), ...changeList(ctx, t.worse, by('worse')), ...changeList(ctx, t.changed, by('changed')));
  const incidents = new Map((ctx.input.incidents ?? []).map((i) => [i.id, i]));
  const fresh = changes.newIncidentIds.map((id) => incidents.get(id)).filter((i) => i !== undefined);
  if (fresh.length === 0) content.push({ text: t.noNewIncidents, margin: [0, 4, 0, 10] });
  else {
    content.push(
      { text: t.newIncidents, style: 'label', margin: [0, 4, 0, 0] },
      { ul: fresh.map((i) => `${ctx.day(i.occurredAt || i.discoveredAt)}  ${i.title}`), margin: [0, 2, 0, 10] },
    );
  }
  return content;
}
