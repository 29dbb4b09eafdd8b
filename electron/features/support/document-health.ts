import fs from 'node:fs';
import path from 'node:path';
import type { CompanyHealth } from '../../../shared/support/bundle-format';

const names = (dir: string): string[] => {
  try {
    return fs.readdirSync(dir);
  } catch {
    return [];
  }
};

/** `contacts.json.corrupt-2026-11-25T10-00-00-000Z` → its ISO time. */
function setAsideAt(name: string): string | null {
  const m = /\.corrupt-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z$/.exec(name);
  return m ? `${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}Z` : null;
}

/**
 * One company's files counted from its folder, without reading any of them: what a supporter
 * needs to see whether backups are being kept and whether damage was found, and nothing else.
 */
export function companyHealth(number: number, id: string, companyDir: string, snapshotsDir: string): CompanyHealth {
  const files = names(companyDir);
  const setAside = files.map(setAsideAt).filter((at): at is string => at !== null).sort();
  return {
    number,
    id,
    documents: files.filter((n) => n.endsWith('.json') && !n.startsWith('.')).length,
    backups: names(path.join(companyDir, 'backups')).filter((n) => n.endsWith('.json')).length,
    snapshots: names(snapshotsDir).filter((n) => n.endsWith('.otasuke')).length,
    setAside: setAside.length,
    lastRecoveryAt: setAside.at(-1) ?? null,
  };
}
