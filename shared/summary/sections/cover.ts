import type { Content, TableCell } from 'pdfmake/interfaces.js';
import { fill, profileLabels } from '../text';
import { heading, tableLayout, type SectionContext } from './context';
import { localeOf } from '../../i18n/locales';

/** Title, audience, date, and the company profile (always printed: it says whose data this is). */
export function coverSection(ctx: SectionContext, generatedAt: string): Content[] {
  const { text, input, language } = ctx;
  const p = input.profile;
  const t = text.profile;
  const labels = profileLabels(language);
  const rows: [string, string][] = [
    [t.name, p.name],
    [t.industry, labels.industry(p.industry)],
    [t.employees, p.employees === null ? '' : fill(t.employeesValue, { count: p.employees })],
    [t.prefecture, labels.prefecture(p.prefecture)],
  ];
  if (ctx.showNames) rows.push([t.representative, p.representative], [t.itContact, p.itContact]);
  rows.push([t.systems, p.systems.map(labels.system).join(language === 'ja' ? '、' : ', ')]);
  const pd = p.personalData;
  // null is "not answered" (未回答): printing it as "not handled" would contradict a leak on the next page.
  const personal = pd.handles === null
    ? t.unanswered
    : !pd.handles
    ? t.personalDataNo
    : (pd.approxPeople === null ? t.personalDataYesNoCount : fill(t.personalDataYes, { count: pd.approxPeople.toLocaleString(localeOf[language]) })) +
      (pd.sensitive ? (language === 'ja' ? `（${t.sensitive}）` : ` (${t.sensitive})`) : '');
  rows.push([t.personalData, personal]);
  const service = p.securityService;
  rows.push([t.securityService, [service.name, service.contractId && fill(t.contract, { number: service.contractId })].filter(Boolean).join(' / ')]);
  const ins = p.insurance;
  const period = ins.periodFrom || ins.periodTo ? fill(t.period, { from: ctx.day(ins.periodFrom), to: ctx.day(ins.periodTo) }) : '';
  // One fact a line, so a date is never broken in the middle.
  rows.push([t.insurance, [ins.insurer, ins.policyNumber && fill(t.policy, { number: ins.policyNumber }), period].filter(Boolean).join('\n')]);

  const body: TableCell[][] = rows.map(([label, value]) => [
    { text: label, style: 'label' },
    { text: value || '—' },
  ]);
  const cover: Content[] = [
    { text: text.title, style: 'title' },
    { text: text.audienceLine[ctx.options.audience], style: 'subtitle' },
    { text: `${text.createdOn}: ${ctx.day(generatedAt)}`, margin: [0, 0, 0, 4] },
    { text: p.name, style: 'company' },
  ];
  if (!ctx.options.sections.includes('profile')) return cover;
  return [
    ...cover,
    heading(t.heading),
    { table: { widths: [110, '*'], body, dontBreakRows: true }, layout: tableLayout, margin: [0, 2, 0, 12] },
  ];
}
