import fs from 'node:fs';
import path from 'node:path';
import type { resources } from '../../shared/i18n/resources';
import { fill } from '../../shared/summary/text';
import { CliError } from './summary-from-export';

type CliText = (typeof resources)['ja']['summary']['cli'];

/** What the command reads: `--out` may never be one of these, `--force` or not. */
export interface CliInputs {
  files: string[];
  dataDir?: string;
}

/**
 * The file a path names, by device and inode after resolving links. Two spellings of one file
 * (`./a.otasuke`, a symlink, a hard link, another case on a case-insensitive disk) compare
 * equal here, where their strings would not. Null when nothing is there.
 */
function identityOf(file: string): { dev: number; ino: number } | null {
  try {
    const { dev, ino } = fs.statSync(fs.realpathSync(file));
    return { dev, ino };
  } catch {
    return null;
  }
}

const sameFile = (a: { dev: number; ino: number }, b: { dev: number; ino: number }) => a.dev === b.dev && a.ino === b.ino;

/** True when `dir` or one of its parents is `ancestor` (by identity, walking up the real path). */
function isInside(dir: string, ancestor: { dev: number; ino: number }): boolean {
  let current: string;
  try {
    current = fs.realpathSync(dir);
  } catch {
    return false;
  }
  for (;;) {
    const id = identityOf(current);
    if (id && sameFile(id, ancestor)) return true;
    const parent = path.dirname(current);
    if (parent === current) return false;
    current = parent;
  }
}

/** Null when the path holds nothing, not even a dangling link (a rename would replace that too). */
function lstatOrNull(file: string): fs.Stats | null {
  try {
    return fs.lstatSync(file);
  } catch {
    return null;
  }
}

/**
 * Checks that a command's output may be written to `out` (an absolute path): its folder exists,
 * it is not a folder, not what the command reads, and not an existing file unless `force` says
 * so. Called before the work is done (to fail fast) and again just before the write.
 * `example` is the file name the message suggests when `out` is a folder.
 */
export function checkOutTarget(out: string, inputs: CliInputs, force: boolean, text: CliText, example = 'summary.pdf'): void {
  const dir = path.dirname(out);
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw new CliError(fill(text.outDirMissing, { path: dir }));
  if (inputs.dataDir) {
    const data = identityOf(inputs.dataDir);
    if (data && isInside(dir, data)) throw new CliError(fill(text.outInsideDataDir, { path: out }));
  }
  const existing = lstatOrNull(out);
  if (!existing) return;
  const target = fs.existsSync(out) ? fs.statSync(out) : existing;
  if (target.isDirectory()) throw new CliError(fill(text.outIsFolder, { path: out, example }));
  const outId = identityOf(out);
  if (outId && inputs.files.some((file) => { const id = identityOf(file); return id !== null && sameFile(id, outId); })) {
    throw new CliError(fill(text.outIsInput, { path: out }));
  }
  if (!target.isFile() && !target.isSymbolicLink()) throw new CliError(fill(text.notAFile, { path: out }));
  if (!force) throw new CliError(fill(text.outExists, { path: out }));
}
