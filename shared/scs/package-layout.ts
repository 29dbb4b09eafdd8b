import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { criteriaOf, passes } from '../frameworks';
import { shortFingerprint } from '../fingerprint/short-form';
import { resources } from '../i18n/resources';
import { fill } from '../summary/text';
import { openGaps, packageFramework, type ScsPackageInput } from './package-input';

const colours = { ink: '#1d2733', muted: '#4f5d6b', primary: '#1c5a86', rule: '#b8c4d0', head: '#e8eef4', old: '#b3261e' };
type Text = (typeof resources)['ja']['scs'];
const head = (labels: string[]): TableCell[] => labels.map((text) => ({ text, bold: true, fillColor: colours.head, fontSize: 8.5 }));
const tableLayout = { hLineWidth: () => 0.5, vLineWidth: () => 0, hLineColor: () => colours.rule };

function coverPart(input: ScsPackageInput, text: Text): Content[] {
  const framework = packageFramework(input);
  const all = criteriaOf(framework);
  const answered = all.filter((c) => input.answers[c.id]).length;
  const passing = all.filter((c) => passes(framework, input.answers[c.id])).length;
  const gaps = all.filter((c) => ['partly', 'notDone'].includes(input.answers[c.id]?.value ?? '')).length;
  const row = (label: string, value: string): TableCell[] => [{ text: label, bold: true }, { text: value }];
  return [
    { text: text.package.title, fontSize: 18, bold: true, color: colours.primary, margin: [0, 0, 0, 10] },
    {
      table: { widths: [90, '*'], body: [row(text.package.company, input.company), row(text.package.scope, input.scope || text.package.noScope), row(text.package.year, String(input.year)), row(text.package.version, input.frameworkVersion), row(text.package.made, input.madeOn)] },
      layout: tableLayout,
      margin: [0, 0, 0, 8],
    },
    { text: fill(text.package.summary, { total: all.length, answered, passing, gaps, open: all.length - answered }), margin: [0, 0, 0, 12] },
  ];
}

function answersPart(input: ScsPackageInput, text: Text): Content[] {
  const framework = packageFramework(input);
  const lang = input.language;
  const mark = (value: string) => framework.scale.find((s) => s.value === value);
  const out: Content[] = [{ text: text.package.answersHeading, fontSize: 14, bold: true, color: colours.primary, margin: [0, 0, 0, 6] }];
  for (const part of framework.parts) {
    out.push({ text: part.title[lang], fontSize: 12, bold: true, margin: [0, 8, 0, 4] });
    for (const req of part.requirements) {
      const c = text.package.columns;
      const rows = req.criteria.map((criterion): TableCell[] => {
        const answer = input.answers[criterion.id];
        const scale = answer ? mark(answer.value) : null;
        const detail = answer ? [answer.value === 'notApplicable' ? fill(text.package.reason, { reason: answer.reason }) : '', answer.scope ? fill(text.package.scopeOf, { scope: answer.scope }) : '', answer.how, answer.registerRefs.length ? fill(text.package.registersOf, { names: answer.registerRefs.map((id) => input.registerNames[id] ?? text.package.deletedRow).join('、') }) : ''].filter(Boolean).join('\n') : '';
        const evidence = (input.evidence[criterion.id] ?? []).map((e) => `${e.title} (${e.appliesOn}${e.hashPrefix ? ` · ${e.hashPrefix}` : ''})`).join('\n');
        return [criterion.id, criterion.label[lang], scale ? `${scale.mark} ${scale.label[lang]}` : text.package.unanswered, detail, evidence || text.package.noEvidence];
      });
      out.push({ text: `${req.id} ${req.title[lang]}`, bold: true, fontSize: 10, margin: [0, 4, 0, 2] });
      out.push({ table: { headerRows: 1, dontBreakRows: true, widths: [42, 110, 52, '*', 110], body: [head([c.id, c.criterion, c.answer, c.detail, c.evidence]), ...rows] }, layout: tableLayout, fontSize: 8.5 });
    }
  }
  return out;
}

function confirmationsPart(input: ScsPackageInput, text: Text): Content[] {
  const framework = packageFramework(input);
  const lang = input.language;
  const c = text.package.confirmationColumns;
  const targetName = (kind: string, id: string) => (kind === 'criterion' ? fill(text.expert.targetCriterion, { id }) : fill(text.expert.targetCategory, { name: framework.parts.find((p) => p.id === id)?.title[lang] ?? id }));
  const rows = input.confirmations.map((k): TableCell[] => [
    targetName(k.target.kind, k.target.id),
    `${text.expert.verdicts[k.verdict]}${k.note ? `\n${k.note}` : ''}`,
    fill(text.expert.by, { date: k.date, name: k.expertName, organisation: k.organisation }),
    { text: `${k.current ? text.expert.current : text.expert.outdated} · ${shortFingerprint(k.fingerprint)}`, color: k.current ? colours.ink : colours.old },
  ]);
  return [
    { text: text.package.confirmationsHeading, fontSize: 14, bold: true, color: colours.primary, margin: [0, 14, 0, 6] },
    rows.length ? { table: { headerRows: 1, dontBreakRows: true, widths: [110, '*', 120, 100], body: [head([c.target, c.verdict, c.by, c.state]), ...rows] }, layout: tableLayout, fontSize: 8.5 } : { text: text.package.noConfirmations },
  ];
}

function gapsPart(input: ScsPackageInput, text: Text): Content[] {
  const lang = input.language;
  const c = text.package.gapColumns;
  const rows = openGaps(input).map(({ criterion, answer, due }): TableCell[] => [criterion.id, criterion.label[lang], answer ? text.form.values[answer.value] : text.package.unanswered, due || text.package.noDue]);
  return [
    { text: text.package.gapsHeading, fontSize: 14, bold: true, color: colours.primary, margin: [0, 14, 0, 6] },
    rows.length ? { table: { headerRows: 1, dontBreakRows: true, widths: [48, '*', 70, 70], body: [head([c.id, c.criterion, c.answer, c.due]), ...rows] }, layout: tableLayout, fontSize: 8.5 } : { text: text.package.noGaps },
  ];
}

function pledgePage(input: ScsPackageInput, text: Text): Content[] {
  const f = text.package.pledgeFields;
  const line = (label: string, value = ''): TableCell[] => [{ text: label, bold: true, margin: [0, 10, 0, 10] }, { text: value, margin: [0, 10, 0, 10] }];
  return [
    { text: text.package.pledgeTitle, fontSize: 20, bold: true, color: colours.primary, alignment: 'center', pageBreak: 'before', margin: [0, 20, 0, 20] },
    { text: `${text.package.scope}: ${input.scope || text.package.noScope}`, margin: [0, 0, 0, 10] },
    { text: text.package.pledgeBody, fontSize: 11, lineHeight: 1.4, margin: [0, 0, 0, 24] },
    { table: { widths: [110, '*'], body: [line(f.company, input.company), line(f.title), line(f.name), line(f.signature), line(f.date)] }, layout: { hLineWidth: () => 0.8, vLineWidth: () => 0, hLineColor: () => colours.ink } },
    { text: text.package.pledgeNote, fontSize: 9, color: colours.muted, margin: [0, 20, 0, 0] },
    { text: input.fingerprint, fontSize: 8, color: colours.muted, margin: [0, 4, 0, 0] },
  ];
}

/** The printable ★3 package: cover, answers by requirement, confirmations, open gaps, the pledge page. */
export function buildScsPackage(input: ScsPackageInput): TDocumentDefinitions {
  const text = resources[input.language].scs;
  const fingerprint = shortFingerprint(input.fingerprint);
  return {
    pageSize: 'A4',
    pageMargins: [36, 36, 36, 44],
    info: { title: text.package.title },
    defaultStyle: { fontSize: 10, color: colours.ink },
    footer: (page: number, pages: number) => ({ text: fill(text.package.footer, { fingerprint, page, pages }), fontSize: 8, color: colours.muted, alignment: 'center', margin: [0, 14, 0, 0] }),
    content: [...coverPart(input, text), ...answersPart(input, text), ...confirmationsPart(input, text), ...gapsPart(input, text), ...pledgePage(input, text)],
  };
}
