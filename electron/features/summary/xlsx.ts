import ExcelJS from 'exceljs';
import type { Sheet } from '../../../shared/summary/insurer/sheets';

/**
 * Lays sheets out in an .xlsx workbook: the preamble lines, a bold header row (frozen, filtered),
 * wrapped cells and yen amounts as numbers with a thousands separator. Nothing is fetched: exceljs
 * writes the zip in memory.
 */
export async function writeWorkbook(sheets: Sheet[], generatedAt: Date): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Otasuke Desk';
  workbook.created = generatedAt;
  workbook.modified = generatedAt;
  for (const sheet of sheets) {
    const ws = workbook.addWorksheet(sheet.name);
    for (const line of sheet.preamble) ws.addRow([line]);
    ws.addRow([]);
    const header = ws.addRow(sheet.header);
    header.font = { bold: true };
    header.eachCell((cell) => (cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEEF2F6' } }));
    for (const row of sheet.rows) ws.addRow(row);
    ws.columns.forEach((column, i) => {
      column.width = sheet.widths[i] ?? 14;
    });
    ws.eachRow((row, number) => {
      if (number <= header.number) return;
      row.eachCell((cell) => {
        cell.alignment = { wrapText: true, vertical: 'top' };
        if (typeof cell.value === 'number') cell.numFmt = '#,##0';
      });
    });
    ws.views = [{ state: 'frozen', ySplit: header.number }];
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
