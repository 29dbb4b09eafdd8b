import { companyFileName } from '../../../shared/files/company-file-name';
import { AppError } from '../../../shared/api/result';
import { localDay } from '../../../shared/dates/local-day';
import { xlsxMimeType, type GeneratedFile } from '../../../shared/files/schema';
import { shortFingerprint } from '../../../shared/fingerprint/short-form';
import { claimSheet, insurerSheets } from '../../../shared/summary/insurer/sheets';
import type { Language } from '../../../shared/settings/schema';
import type { SummaryInputs } from './collect-input';
import { summaryFingerprint } from './fingerprint';
import { writeWorkbook } from './xlsx';

async function xlsxFile(fileName: string, bytes: Buffer, { fingerprintOf }: SummaryInputs): Promise<GeneratedFile> {
  // The same fingerprint as the PDF of the same data (taken of the Japanese input).
  return { fileName, mimeType: xlsxMimeType, base64: bytes.toString('base64'), fingerprint: shortFingerprint(summaryFingerprint(fingerprintOf)) };
}

/** insurer-answers_<company>_2026-12-03.xlsx: the insurer pack's controls, open points and incidents. */
export async function insurerSheetFile(inputs: SummaryInputs, language: Language, now: Date): Promise<GeneratedFile> {
  const today = localDay(now);
  return xlsxFile(companyFileName('insurer-answers', inputs.input.profile.name, today, 'xlsx'), await writeWorkbook(insurerSheets(inputs.input, language, today), now), inputs);
}

/** claim-costs-<incident>_<company>_2026-12-03.xlsx: one incident's costs under the claim headings. */
export async function claimSheetFile(inputs: SummaryInputs, incidentId: string, language: Language, now: Date): Promise<GeneratedFile> {
  const { input } = inputs;
  const incident = input.incidents?.find((i) => i.id === incidentId);
  if (!incident) throw new AppError('not_found', 'incident');
  const today = localDay(now);
  const safeId = incidentId.replace(/[^A-Za-z0-9_-]/g, '').slice(0, 40);
  return xlsxFile(companyFileName(`claim-costs-${safeId}`, input.profile.name, today, 'xlsx'), await writeWorkbook([claimSheet(incident, input, language, today)], now), inputs);
}
