import type { Content, TableCell } from 'pdfmake/interfaces.js';
import { resources } from '../../i18n/resources';
import { fill, formatCount } from '../text';
import { dataTable, heading, notRecorded, type SectionContext } from './context';

/**
 * Evidence and records: how much evidence is kept and which has expired, then the last restore
 * test, training and drill — what an insurer asks by name and SCS ★3 wants kept. People's names
 * (who attended) only when names may be printed.
 */
export function evidenceRecordsSection(ctx: SectionContext): Content[] {
  const t = resources[ctx.language].records;
  const part = ctx.input.evidenceRecords;
  if (!part) return [heading(t.summary.heading), notRecorded(ctx)];
  const content: Content[] = [
    heading(t.summary.heading),
    { text: fill(t.summary.evidence, { count: formatCount(part.evidenceCount, ctx.language), expired: formatCount(part.expired.length, ctx.language) }), margin: [0, 2, 0, 6] },
  ];
  if (part.expired.length > 0) {
    const rows: TableCell[][] = part.expired.map((e) => [{ text: e.title }, { text: ctx.day(e.reviewBy), noWrap: true }]);
    content.push({ text: t.summary.expiredList, style: 'h3' }, dataTable(['*', 110], [t.summary.title, t.summary.expiredOn], rows));
  }
  const none = { text: t.summary.none, style: 'muted' };
  const { lastRestoreTest: restore, lastTraining: training, lastDrill: drill } = part;
  const trainingLine = training && [training.content, t.methods[training.method], ctx.showNames && training.attendees ? `${t.labels.attendees}: ${training.attendees}` : ''].filter(Boolean).join(' / ');
  const rows: TableCell[][] = [
    [{ text: t.summary.restoreTest, bold: true }, restore ? { text: ctx.day(restore.date), noWrap: true } : none, restore ? { text: fill(t.summary.restoreLine, { what: restore.restored, result: t.results[restore.result] }) } : ''],
    [{ text: t.summary.training, bold: true }, training ? { text: ctx.day(training.date), noWrap: true } : none, trainingLine ?? ''],
    [{ text: t.summary.drill, bold: true }, drill ? { text: ctx.day(drill.date), noWrap: true } : none, drill?.scenario ?? ''],
  ];
  content.push(dataTable([110, 100, '*'], [t.summary.record, t.summary.date, t.summary.what], rows));
  content.push(...registerHighlights(ctx));
  return content;
}

/** What the registers show that needs doing: devices without a recent update check or past support, cloud services without MFA. */
function registerHighlights(ctx: SectionContext): Content[] {
  const facts = ctx.input.controlFacts;
  if (!facts || facts.devices.total + facts.cloud.total === 0) return [];
  const t = resources[ctx.language].registers.facts;
  const names = (list: string[]) => list.join(ctx.language === 'ja' ? '、' : ', ');
  const lines: string[] = [];
  const { devices, cloud } = facts;
  if (devices.total > 0) {
    lines.push(devices.notRecentlyChecked.length ? fill(t.devicesNotChecked, { total: devices.total, count: devices.notRecentlyChecked.length, names: names(devices.notRecentlyChecked) }) : fill(t.devicesAllChecked, { total: devices.total }));
    if (devices.endOfLife.length) lines.push(fill(t.endOfLife, { names: names(devices.endOfLife) }));
  }
  if (cloud.total > 0) {
    if (cloud.mfaOff.length) lines.push(fill(t.mfaOff, { names: names(cloud.mfaOff) }));
    if (cloud.mfaUnknown.length) lines.push(fill(t.mfaUnknown, { names: names(cloud.mfaUnknown) }));
    if (!cloud.mfaOff.length && !cloud.mfaUnknown.length) lines.push(fill(t.mfaAllOn, { total: cloud.total }));
  }
  return [{ text: resources[ctx.language].records.summary.registers, style: 'h3' }, { ul: lines, margin: [0, 2, 0, 8] }];
}
