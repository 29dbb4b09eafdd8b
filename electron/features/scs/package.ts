import { AppError } from '../../../shared/api/result';
import { localDay } from '../../../shared/dates/local-day';
import type { GeneratedFile } from '../../../shared/files/schema';
import { xlsxMimeType } from '../../../shared/files/schema';
import { shortFingerprint } from '../../../shared/fingerprint/short-form';
import { resources } from '../../../shared/i18n/resources';
import { answerSheet } from '../../../shared/scs/answer-sheet';
import { buildScsPackage } from '../../../shared/scs/package-layout';
import { packageInput, type ScsPackageInput } from '../../../shared/scs/package-input';
import type { Language } from '../../../shared/settings/schema';
import { fill } from '../../../shared/summary/text';
import { renderPdf } from '../../services/pdf/pdf-renderer';
import type { Workspace } from '../../services/workspaces';
import { actionsSpec } from '../actions';
import { profileSpec } from '../profile';
import { readRegisters } from '../registers';
import { writeWorkbook } from '../summary';
import { readWorkbooks } from './repository';
import { latestWorkbook, workbookView } from './view';

/** What the package prints, from the latest workbook and the company's documents. */
export function collectPackageInput(ws: Workspace, language: Language, now: Date): ScsPackageInput {
  const workbook = latestWorkbook(readWorkbooks(ws));
  if (!workbook) throw new AppError('not_found', 'no SCS workbook');
  const today = localDay(now);
  const company = ws.document(profileSpec).get()?.name ?? ws.meta.get()?.name ?? '';
  const actionDue = Object.fromEntries(ws.document(actionsSpec).get().map((a) => [a.id, a.dueDate]));
  const registerNames = Object.fromEntries(Object.values(readRegisters(ws)).flatMap((rows: { id: string; name?: string; holder?: string }[]) => rows.map((r) => [r.id, r.name ?? r.holder ?? r.id])));
  return packageInput(workbookView(ws, workbook, today), company, today, language, actionDue, registerNames);
}

export async function renderScsPackage(input: ScsPackageInput): Promise<Buffer> {
  return renderPdf(buildScsPackage(input));
}

export async function packageFile(ws: Workspace, language: Language, now: Date): Promise<GeneratedFile> {
  const input = collectPackageInput(ws, language, now);
  const pdf = await renderScsPackage(input);
  const text = resources[language].scs.package;
  return { fileName: fill(text.fileName, { year: input.year, date: input.madeOn }), mimeType: 'application/pdf', base64: pdf.toString('base64'), fingerprint: shortFingerprint(input.fingerprint) };
}

export async function answerSheetFile(ws: Workspace, language: Language, now: Date): Promise<GeneratedFile> {
  const input = collectPackageInput(ws, language, now);
  const xlsx = await writeWorkbook([answerSheet(input)], now);
  const text = resources[language].scs.package;
  return { fileName: fill(text.sheetName, { year: input.year, date: input.madeOn }), mimeType: xlsxMimeType, base64: xlsx.toString('base64'), fingerprint: shortFingerprint(input.fingerprint) };
}
