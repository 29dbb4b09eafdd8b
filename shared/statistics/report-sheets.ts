import { resources } from '../i18n/resources';
import { currentCatalog, questionOf } from '../self-check/catalog';
import type { Language } from '../settings/schema';
import type { Sheet } from '../summary/insurer/sheets';
import { formatDay } from '../summary/text';
import type { GroupRow, StatisticsReport } from './report';

/** The report's tables as plain sheets: written as .xlsx or laid out as a PDF by the back end. */
export function reportSheets(report: StatisticsReport, language: Language, today: string): Sheet[] {
  const r = resources[language];
  const t = r.statistics;
  const preamble = [t.title, `${formatDay(today, language)}`, t.sources.replace('{{own}}', String(report.sources.ownCompanies)).replace('{{files}}', String(report.sources.files)).replace('{{fileCompanies}}', String(report.sources.fileCompanies)), t.suppressedNote.replaceAll('{{k}}', String(report.k))];
  const label = (kind: 'industry' | 'size', key: string) => {
    if (key === '*') return t.hidden;
    if (kind === 'size') return key === 'unknown' ? t.sizeUnknown : key;
    return key === '' ? t.industryUnknown : (r.profile.industry as Record<string, string>)[key] ?? key;
  };
  const groupRows = (rows: GroupRow[], kind: 'industry' | 'size') =>
    rows.map((g) => [label(kind, g.key), g.companies, g.consultations ?? '—', g.incidents ?? '—', g.onSite ?? '—', g.visits ?? '—']);
  const groupHeader = [t.columns.key, t.columns.companies, t.columns.consultations, t.columns.incidents, t.columns.onSite, t.columns.visits];
  const catalog = currentCatalog();
  return [
    {
      name: t.totals.heading,
      preamble,
      header: [t.columns.key, t.columns.companies],
      widths: [36, 14],
      rows: (['participants', 'consultations', 'incidents', 'onSite', 'minutes'] as const).map((key) => [t.totals[key], report[key]]),
    },
    { name: t.byIndustry, preamble: [t.byIndustry], header: groupHeader, widths: [24, 10, 12, 12, 12, 14], rows: groupRows(report.byIndustry, 'industry') },
    { name: t.bySize, preamble: [t.bySize], header: groupHeader, widths: [24, 10, 12, 12, 12, 14], rows: groupRows(report.bySize, 'size') },
    {
      name: t.scoreBands,
      preamble: [t.scoreBands],
      header: [t.columns.key, t.columns.companies],
      widths: [24, 12],
      rows: report.scoreBands.map((b) => [b.band === 'none' ? t.noScore : (r.portfolio.bands as Record<string, string>)[b.band] ?? b.band, b.companies]),
    },
    {
      name: t.weakQuestions.slice(0, 31),
      preamble: [t.weakQuestions],
      header: [t.columns.key, t.columns.companies],
      widths: [50, 16],
      rows: report.weakQuestions.map((w) => [`${questionOf(catalog, w.question).number}. ${questionOf(catalog, w.question).text[language].label}`, t.weakShare.replace('{{weak}}', String(w.weak)).replace('{{answered}}', String(w.answered))]),
    },
  ].map((sheet) => ({ ...sheet, name: sheet.name.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31) }));
}
