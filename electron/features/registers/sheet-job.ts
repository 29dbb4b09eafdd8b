import { AppError } from '../../../shared/api/result';
import type { GeneratedFile } from '../../../shared/files/schema';
import type { RegisterKind } from '../../../shared/registers/fields';
import type { Registers } from '../../../shared/registers/schema';
import { planImport, type ImportPlan } from '../../../shared/registers/spreadsheet/import-rows';
import { isZip, readCsv, readXlsx, tableToCsv, tableToXlsx, type Table } from './sheet-files';

/**
 * The spreadsheet work (exceljs and papaparse are synchronous and take about a second for 2,000
 * rows) as jobs for the registers worker. Only strings and bytes cross: the registers travel as JSON.
 */
export type SheetJob =
  | { type: 'write'; format: 'xlsx' | 'csv'; table: Table; fileName: string; now: string }
  | { type: 'plan'; kind: RegisterKind; bytes: Uint8Array; registersJson: string; today: string };

export type SheetJobResult = { file: GeneratedFile } | { sheet: string; plan: ImportPlan };

export async function runSheetJob(job: SheetJob): Promise<SheetJobResult> {
  if (job.type === 'write') {
    return { file: job.format === 'xlsx' ? await tableToXlsx(job.table, job.fileName, new Date(job.now)) : tableToCsv(job.table, job.fileName) };
  }
  const bytes = Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength);
  const registers = JSON.parse(job.registersJson) as Registers;
  const sheets = isZip(bytes) ? await readXlsx(bytes) : [{ name: 'CSV', rows: readCsv(bytes) }];
  // The sheet naming most of our columns (IPA's workbook has a cover sheet first).
  let found: { sheet: string; plan: ImportPlan } | null = null;
  for (const sheet of sheets) {
    const plan = planImport(job.kind, sheet.rows, registers, job.today);
    if (plan && (!found || plan.mapped.length > found.plan.mapped.length)) found = { sheet: sheet.name, plan };
  }
  if (!found) throw new AppError('invalid_file', 'no header row');
  return found;
}
