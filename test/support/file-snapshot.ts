import fs from 'node:fs';
import path from 'node:path';

/**
 * The support log (`<data>/logs`) is left out: it is not user data, and every call, a query too,
 * adds a line to it by design. Everything else in the data folder is compared.
 */
export const isSupportLogFolder = (dataDir: string, dir: string) => dir === path.join(dataDir, 'logs');

/** Describes every non-directory entry under `dir` (recursively) by its path relative to `dir`. */
function describeFiles(dir: string, describe: (full: string, entry: fs.Dirent) => string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (current: string) => {
    if (isSupportLogFolder(dir, current)) return;
    let entries: fs.Dirent[] = [];
    try {
      entries = fs.readdirSync(current, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) {
        walk(full);
        continue;
      }
      const description = describe(full, entry);
      if (description !== undefined) out[path.relative(dir, full)] = description;
    }
  };
  walk(dir);
  return out;
}

/**
 * Every file under `dir` (recursively) with its bytes as base64, so two snapshots compare
 * byte for byte. Used to prove that a refused request changed nothing on disk.
 */
export function snapshotFiles(dir: string): Record<string, string> {
  return describeFiles(dir, (full, entry) => (entry.isFile() ? fs.readFileSync(full).toString('base64') : undefined));
}

/**
 * A cheaper stand-in for `snapshotFiles` when it runs thousands of times: every file's inode,
 * size and nanosecond mtime/ctime. Any write, truncation or atomic replace (a rename gives a new
 * inode) changes at least one of these, and ctime cannot be set back by a process.
 */
export function fingerprintFiles(dir: string): Record<string, string> {
  return describeFiles(dir, (full) => {
    const s = fs.statSync(full, { bigint: true });
    return `${s.ino}:${s.size}:${s.mtimeNs}:${s.ctimeNs}`;
  });
}
