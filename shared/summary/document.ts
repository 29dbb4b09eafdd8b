import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { shortFingerprint } from '../fingerprint/short-form';
import type { SummaryInput } from './input';
import { disclosure, type SummaryOptions, type SummarySection } from './options';
import { actionsSection } from './sections/actions';
import { contactsSection } from './sections/contacts';
import { evidenceRecordsSection } from './sections/evidence-records';
import { sectionContext, type SectionContext } from './sections/context';
import { coverSection } from './sections/cover';
import { incidentsSection } from './sections/incidents';
import { selfCheckSection, unknownItemsSection, weakItemsSection } from './sections/self-check';
import { signaturesSection } from './sections/signatures';
import { incidentRegisterSection, longTextSection } from './sections/appendix';
import { fill } from './text';
import { insurerBuilders } from './sections/insurer-builders';
import { localeOf } from '../i18n/locales';

/** The family name the PDF service registers the Japanese font under. */
export const summaryFontFamily = 'BIZUDPGothic';

export interface SummaryDocumentMeta {
  /** When the document was made (ISO); printed as a calendar day. */
  generatedAt: string;
  /** SHA-256 hex of the canonical JSON of `input`, computed by the back end. */
  fingerprint: string;
}

const builders: Record<Exclude<SummarySection, 'profile'>, (ctx: SectionContext) => Content[]> = {
  selfCheck: (ctx) => selfCheckSection(ctx, summaryFontFamily),
  weakItems: weakItemsSection,
  unknownItems: unknownItemsSection,
  actions: actionsSection,
  incidents: incidentsSection,
  contacts: contactsSection,
  evidenceRecords: evidenceRecordsSection,
  signatures: signaturesSection,
  ...insurerBuilders,
};

/** Room a heading needs below it (its first rows); less than this left on a page moves it over. */
const keepWithNextPt = 90;

/** Keeps a heading with what follows it: pdfmake asks for each node after laying the pages out. */
function headingAtPageFoot(node: { headlineLevel?: number; startPosition: { top: number; pageInnerHeight?: number } }): boolean {
  if (node.headlineLevel !== 1) return false;
  const { top, pageInnerHeight } = node.startPosition;
  return pageInnerHeight !== undefined && top > pageInnerHeight - keepWithNextPt;
}

/**
 * The consultation summary as a pdfmake document definition: a pure function of the data, the
 * user's choices, the date and the fingerprint, so the same input always prints the same pages.
 */
export function buildSummaryDocument(input: SummaryInput, options: SummaryOptions, meta: SummaryDocumentMeta): TDocumentDefinitions {
  const ctx = sectionContext(input, options, disclosure(options), meta.generatedAt.slice(0, 10));
  const { text } = ctx;
  const content: Content[] = [...coverSection(ctx, meta.generatedAt)];
  for (const section of Object.keys(builders) as (keyof typeof builders)[]) {
    if (options.sections.includes(section)) content.push(...builders[section](ctx));
  }
  if (options.incidentRegister && options.sections.includes('incidents')) content.push(...incidentRegisterSection(ctx));
  // Last, so it holds every long text the sections above moved out of their tables.
  content.push(...longTextSection(ctx));
  const short = shortFingerprint(meta.fingerprint);
  return {
    pageSize: 'A4',
    pageMargins: [40, 48, 40, 52],
    info: { title: `${text.title} ${input.profile.name}`, creator: 'Otasuke Desk', subject: text.audienceLine[options.audience] },
    language: localeOf[options.language],
    header: (page) =>
      page === 1
        ? null
        : { text: `${input.profile.name}  ${text.title}`, style: 'pageHeader', margin: [40, 22, 40, 0] },
    footer: (page, pages) => ({
      columns: [
        { text: `${text.fingerprint}: ${short}`, style: 'pageFooter', width: 'auto' },
        { text: text.confidential, style: 'pageFooter', alignment: 'center', width: '*' },
        { text: fill(text.page, { page, pages }), style: 'pageFooter', alignment: 'right', width: 60 },
      ],
      margin: [40, 18, 40, 0],
    }),
    content,
    pageBreakBefore: headingAtPageFoot,
    defaultStyle: { font: summaryFontFamily, fontSize: 9.5, lineHeight: 1.25 },
    styles: {
      title: { fontSize: 20, bold: true, margin: [0, 10, 0, 4] },
      subtitle: { fontSize: 12, color: '#1f5fa8', margin: [0, 0, 0, 8] },
      company: { fontSize: 15, bold: true, margin: [0, 4, 0, 12] },
      h2: { fontSize: 13, bold: true, color: '#1b3a5c', margin: [0, 10, 0, 4] },
      h3: { fontSize: 11, bold: true, color: '#1b3a5c', margin: [0, 6, 0, 2] },
      th: { bold: true, fontSize: 9 },
      label: { bold: true, color: '#333333' },
      muted: { color: '#666666' },
      small: { fontSize: 8.5, color: '#444444' },
      note: { fontSize: 8.5, color: '#333333', italics: false },
      score: { fontSize: 22, bold: true, color: '#1b3a5c' },
      band: { fontSize: 13, bold: true },
      pageHeader: { fontSize: 8, color: '#777777' },
      pageFooter: { fontSize: 8, color: '#555555' },
    },
  };
}
