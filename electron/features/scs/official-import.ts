import { createHash } from 'node:crypto';
import { AppError } from '../../../shared/api/result';
import { scsStar3 } from '../../../shared/frameworks';
import type { OfficialReport } from '../../../shared/scs/contract';
import { compareOfficial, readOfficial, type OfficialCriteria, type OfficialProblem } from '../../../shared/scs/official';
import type { Workspace } from '../../services/workspaces';
import { isZip, readXlsx } from '../registers';
import { scsSpec } from './documents';

const refuse = (problem: OfficialProblem, detail: string) => new AppError('invalid_file', detail, [{ path: ['file'], code: problem }]);

export function officialReport(official: OfficialCriteria): OfficialReport {
  const { texts, ...file } = official;
  return { ...file, ...compareOfficial(texts) };
}

/**
 * Reads the user's official criteria workbook and keeps its wording by criterion id. Everything is
 * checked before anything is written: a file that is not a workbook, has no criterion ids, or is
 * another version than the one our ids follow is refused and the earlier import stays.
 */
export async function importOfficial(ws: Workspace, fileName: string, base64: string, now: Date): Promise<OfficialReport> {
  const bytes = Buffer.from(base64, 'base64');
  if (!isZip(bytes)) throw refuse('not_a_workbook', 'not an .xlsx');
  let sheets;
  try {
    sheets = await readXlsx(bytes);
  } catch (error) {
    if (error instanceof AppError && error.code === 'too_large') throw error;
    throw refuse('not_a_workbook', 'unreadable .xlsx');
  }
  const reading = readOfficial(sheets, fileName, scsStar3.version);
  if (!reading.ok) throw refuse(reading.problem, `${reading.problem} ${reading.version ?? ''}`.trim());
  const official: OfficialCriteria = { fileName, sha256: createHash('sha256').update(bytes).digest('hex'), version: reading.version, importedAt: now.toISOString(), texts: reading.texts };
  ws.document(scsSpec).update((doc) => ({ ...doc, official }));
  return officialReport(official);
}
