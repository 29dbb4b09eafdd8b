import fs from 'node:fs';
import path from 'node:path';
import { crashPoint } from './crash-points';

/** The atomic write's temp file and second name of the previous file: `.<name>.<pid>.<8 hex>.tmp|prev`. */
const tempName = /^\..+\.(\d+)\.[0-9a-f]{8}\.(tmp|prev)$/;

/** Whether the process that made a temp file may still be writing it (alive, or not ours to judge). */
function mayBeWriting(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

/**
 * Removes what an atomic write killed half-way left behind. A `.tmp` never replaced anything (the
 * rename is what publishes it) and a `.prev` is only a second name of a file that is still in
 * place, so neither holds data the user was told was saved. Files of a live process are kept: the
 * app and the CLI may share a folder.
 */
export function removeStaleTemps(dir: string): number {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    const m = tempName.exec(name);
    if (!m || mayBeWriting(Number(m[1]))) continue;
    try {
      crashPoint('start-up: remove stale temp file');
      fs.rmSync(path.join(dir, name), { force: true });
      removed += 1;
    } catch {
      // A read-only folder keeps it until a later start; it is hidden and harmless.
    }
  }
  return removed;
}

/** Every folder the app writes into with the atomic write: the data folder, each company, the snapshots. */
export function removeStaleTempsUnder(dataDir: string): number {
  const subfolders = (dir: string) => {
    try {
      return fs.readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory() && !e.name.startsWith('.')).map((e) => path.join(dir, e.name));
    } catch {
      return [];
    }
  };
  const companies = subfolders(path.join(dataDir, 'workspaces'));
  // Each company's own subfolders too (its backups, its evidence files and their uploads).
  const folders = [dataDir, path.join(dataDir, 'backups'), ...companies, ...companies.flatMap(subfolders), ...subfolders(path.join(dataDir, 'snapshots'))];
  return folders.reduce((n, dir) => n + removeStaleTemps(dir), 0);
}
