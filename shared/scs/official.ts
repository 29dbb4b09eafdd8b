import { z } from 'zod';
import { criteriaOf, scsStar3 } from '../frameworks';
import { isoDateTime, shortText } from '../schemas/common';

/**
 * The user's own copy of the official criteria workbook, as imported: its file's SHA-256 and
 * version, and each criterion's official wording by id. We never ship this text; the user brings it.
 */
export const officialCriteriaSchema = z
  .object({
    fileName: shortText,
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    version: z.string().max(20),
    importedAt: isoDateTime,
    texts: z.record(z.string().regex(/^\d-\d-\d-\d{1,2}$/), z.string().max(4000)),
  })
  .strict();
export type OfficialCriteria = z.infer<typeof officialCriteriaSchema>;

/** Why a file is refused: not a workbook at all, no criterion ids in it, or another version than ours. */
export type OfficialProblem = 'not_a_workbook' | 'no_criteria' | 'other_version';

type Cell = string | number | boolean | Date | null;
export interface OfficialSheet {
  rows: { cells: Cell[] }[];
}

const idPattern = /^\s*(\d)\s*[-‐－ー−]\s*(\d)\s*[-‐－ー−]\s*(\d)\s*[-‐－ー−]\s*(\d{1,2})\s*$/;
const datePattern = /(20\d{2})\s*[年/.-]\s*(\d{1,2})\s*[月/.-]\s*(\d{1,2})/;
/** The official text sits in columns B–N; O onwards are the firm's own answers (research-2026 §1.1.2). */
const lastTextColumn = 13;
const pad = (n: string) => n.padStart(2, '0');

function versionOf(sheets: OfficialSheet[], fileName: string): string | null {
  for (const sheet of sheets) {
    for (const row of sheet.rows.slice(0, 10)) {
      for (const cell of row.cells) {
        const found = typeof cell === 'string' ? datePattern.exec(cell) : null;
        if (found) return `${found[1]}-${pad(found[2]!)}-${pad(found[3]!)}`;
      }
    }
  }
  const fromName = /(20\d{2})(\d{2})(\d{2})/.exec(fileName);
  return fromName ? `${fromName[1]}-${fromName[2]}-${fromName[3]}` : null;
}

/** Each criterion row's id and its wording: the longest text in B–N other than the id itself. */
function textsOf(sheets: OfficialSheet[]): Record<string, string> {
  const texts: Record<string, string> = {};
  for (const sheet of sheets) {
    for (const { cells } of sheet.rows) {
      const at = cells.findIndex((c) => typeof c === 'string' && idPattern.test(c));
      if (at < 0) continue;
      const [, a, b, c, d] = idPattern.exec(cells[at] as string)!;
      const words = cells.slice(0, lastTextColumn + 1).filter((cell, i): cell is string => i !== at && typeof cell === 'string' && cell.trim() !== '');
      texts[`${a}-${b}-${c}-${Number(d)}`] = words.sort((x, y) => y.length - x.length)[0]?.trim().slice(0, 4000) ?? '';
    }
  }
  return texts;
}

export type OfficialReading = { ok: true; version: string; texts: Record<string, string> } | { ok: false; problem: OfficialProblem; version?: string | null };

/** Reads the criteria out of a workbook's sheets and checks it is the version our ids follow. */
export function readOfficial(sheets: OfficialSheet[], fileName: string, expectedVersion: string): OfficialReading {
  const texts = textsOf(sheets);
  if (Object.keys(texts).length === 0) return { ok: false, problem: 'no_criteria' };
  const version = versionOf(sheets, fileName);
  if (version !== expectedVersion) return { ok: false, problem: 'other_version', version };
  return { ok: true, version, texts };
}

/** Which criteria both have, which of ours the file lacks, and which of the file's we lack. */
export function compareOfficial(texts: Record<string, string>) {
  const ours = criteriaOf(scsStar3).map((c) => c.id);
  const theirs = Object.keys(texts);
  return {
    matched: ours.filter((id) => id in texts).length,
    missingInFile: ours.filter((id) => !(id in texts)),
    extraInFile: theirs.filter((id) => !ours.includes(id)).sort((a, b) => a.localeCompare(b, 'en', { numeric: true })),
  };
}
