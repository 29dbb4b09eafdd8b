import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import type { Language } from '../../../shared/settings/schema';
import type { StatisticsReport } from '../../../shared/statistics/report';
import { reportSheets } from '../../../shared/statistics/report-sheets';
import { renderPdf } from '../../services/pdf/pdf-renderer';
import { writeWorkbook } from '../summary';

/** The report as an .xlsx workbook, one sheet per table. */
export function reportWorkbook(report: StatisticsReport, language: Language, today: string, now: Date): Promise<Buffer> {
  return writeWorkbook(reportSheets(report, language, today), now);
}

/** The report as a PDF for a yearly report: the same tables, one after the other. */
export function reportPdf(report: StatisticsReport, language: Language, today: string): Promise<Buffer> {
  const sheets = reportSheets(report, language, today);
  const [first] = sheets;
  const content: Content[] = [
    { text: first!.preamble[0]!, fontSize: 16, bold: true },
    ...first!.preamble.slice(1).map((line): Content => ({ text: line, fontSize: 9, color: '#475467' })),
    ...sheets.flatMap((sheet, i): Content[] => [
      // Sheet names are cut to Excel's 31 characters; the PDF has room for the whole title.
      { text: i === 0 ? sheet.name : sheet.preamble[0]!, bold: true, fontSize: 12, margin: [0, 12, 0, 4] },
      {
        table: { headerRows: 1, widths: sheet.header.map((_, i) => (i === 0 ? '*' : 'auto')), body: [sheet.header.map((h) => ({ text: h, bold: true })), ...sheet.rows.map((row) => row.map(String))] },
        layout: 'lightHorizontalLines',
      },
    ]),
  ];
  const doc: TDocumentDefinitions = { pageSize: 'A4', pageMargins: [40, 40, 40, 40], defaultStyle: { fontSize: 9 }, content };
  return renderPdf(doc);
}
