import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { AppError } from '../../../shared/api/result';
import { xlsxMimeType, type GeneratedFile } from '../../../shared/files/schema';
import { maxEntries } from '../../../shared/registers/schema';
import type { CellValue } from '../../../shared/registers/spreadsheet/cells';
import type { SheetRow } from '../../../shared/registers/spreadsheet/import-rows';
import { guardFormula } from '../../../shared/registers/spreadsheet/cells';
import { checkZipSizes } from './zip-guard';

export interface Table {
  name: string;
  header: string[];
  rows: (string | number)[][];
}

/** An .xlsx Japanese Excel opens as it is: one sheet, bold frozen header, filter, wrapped text. */
export async function tableToXlsx(table: Table, fileName: string, now: Date): Promise<GeneratedFile> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Otasuke Desk';
  workbook.created = now;
  workbook.modified = now;
  // Sheet names may not hold []:*?/\ and stop at 31 characters.
  const sheet = workbook.addWorksheet(table.name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31));
  // Wrapping set on the columns, which new cells inherit: styling 36,000 cells one by one doubled the time.
  table.header.forEach((_, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = i === 0 ? 12 : 18;
    column.alignment = { wrapText: true, vertical: 'top' };
  });
  const header = sheet.addRow(table.header.map(guardFormula));
  header.font = { bold: true };
  header.eachCell((cell) => (cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEEF2F6' } }));
  sheet.addRows(table.rows);
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.header.length } };
  const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
  return { fileName, mimeType: xlsxMimeType, base64: bytes.toString('base64'), fingerprint: null };
}

/** CSV for Japanese Excel: UTF-8 with a BOM (else Excel reads it as Shift_JIS), CRLF, every cell quoted. */
export function tableToCsv(table: Table, fileName: string): GeneratedFile {
  const text = Papa.unparse({ fields: table.header.map(guardFormula), data: table.rows }, { quotes: true, newline: '\r\n', escapeFormulae: false });
  return { fileName, mimeType: 'text/csv', base64: Buffer.from(`\uFEFF${text}\r\n`, 'utf8').toString('base64'), fingerprint: null };
}

/** A cell as exceljs gives it, reduced to plain data. A formula is kept as its text, never its result. */
function plainCell(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (value instanceof Date || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return `=${'formula' in value ? value.formula : value.sharedFormula}`;
  if ('text' in value && typeof value.text === 'string') return value.text;
  return null;
}

/** Every worksheet of an .xlsx as rows (sheet row numbers kept), after the zip's sizes are checked. */
export async function readXlsx(bytes: Buffer): Promise<{ name: string; rows: SheetRow[] }[]> {
  checkZipSizes(bytes);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new AppError('invalid_file', 'not a readable .xlsx');
  }
  return workbook.worksheets.map((sheet) => {
    if (sheet.rowCount > maxEntries + 50) throw new AppError('too_large', `${sheet.rowCount} rows`);
    const rows: SheetRow[] = [];
    sheet.eachRow({ includeEmpty: false }, (row, number) => {
      const values = Array.isArray(row.values) ? row.values.slice(1) : [];
      rows.push({ row: number, cells: Array.from(values, (v) => plainCell(v as ExcelJS.CellValue)) });
    });
    return { name: sheet.name, rows };
  });
}

/** CSV text: UTF-8 (BOM or not), or Shift_JIS as older Japanese Excel saves it. */
function decodeCsv(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('shift_jis').decode(bytes);
  }
}

/** A CSV as rows; every cell stays text (a leading = is never evaluated). */
export function readCsv(bytes: Buffer): SheetRow[] {
  if (bytes.includes(0)) throw new AppError('invalid_file', 'binary, not CSV');
  const parsed = Papa.parse<string[]>(decodeCsv(bytes), { skipEmptyLines: false, dynamicTyping: false });
  if (parsed.data.length > maxEntries + 50) throw new AppError('too_large', `${parsed.data.length} rows`);
  return parsed.data.map((cells, i) => ({ row: i + 1, cells }));
}

/** An .xlsx is a zip (PK…); anything else is read as CSV text. The name is never trusted. */
export function isZip(bytes: Buffer): boolean {
  return bytes.length >= 4 && bytes.readUInt32LE(0) === 0x04034b50;
}
