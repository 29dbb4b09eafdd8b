import fs from 'node:fs';
import path from 'node:path';
import type { StoreDeps } from './store/document-store';
import { Workspace } from './workspaces';
import { crashPoint } from './store/crash-points';
import { discardFolder, removeFolder } from './store/remove-folder';

export interface InstallRecovery {
  /** Companies whose replace or restore was finished (the new data had been written in full). */
  finished: string[];
  /** Companies put back as they were (the new data was incomplete). */
  rolledBack: string[];
}

/**
 * Tells the user of a step before it runs (`key` names the leftover folder, so a step run again
 * after a crash tells it once): after the folder move nothing else would say it happened.
 */
export type Announce = (kind: 'operation_finished' | 'operation_rolled_back', key: string) => void;

/**
 * Finishes or undoes an import-replace or snapshot restore that a crash cut short. `install()`
 * writes the new data into `.staging-*` (its record file last, so a staging folder holding one is
 * complete), moves the old folder to `.replaced-*`, moves staging into place, then deletes the old
 * one; each folder's record file says which company it belongs to, so the state at any step can be
 * read back: new data complete → move it into place; otherwise → put the old folder back.
 * Leftovers of a step that never mattered (a half-written staging folder) are removed.
 */
export function recoverInterruptedInstalls(root: string, deps: StoreDeps, announce: Announce = () => undefined): InstallRecovery {
  const recovery: InstallRecovery = { finished: [], rolledBack: [] };
  let names: string[];
  try {
    names = fs.readdirSync(root);
  } catch {
    return recovery;
  }
  // A company being deleted was moved aside in one step before its removal began: finish removing it.
  for (const name of names.filter((n) => n.startsWith('.deleting-'))) removeFolder(path.join(root, name), 'start-up: remove deleted folder');
  const leftovers = names.filter((n) => n.startsWith('.staging-') || n.startsWith('.replaced-'));
  const companyOf = (name: string): string | null => {
    const dir = path.join(root, name);
    if (!fs.existsSync(path.join(dir, 'workspace.json'))) return null;
    try {
      return new Workspace(dir, deps).meta.get()?.id ?? null;
    } catch {
      return null;
    }
  };
  const byCompany = new Map<string, { staging?: string; replaced?: string }>();
  for (const name of leftovers) {
    const id = companyOf(name);
    if (!id) {
      // A staging folder without its record file was never complete: nothing in it was acknowledged.
      if (name.startsWith('.staging-')) removeFolder(path.join(root, name), 'start-up: remove incomplete staging');
      continue;
    }
    const entry = byCompany.get(id) ?? {};
    if (name.startsWith('.staging-')) entry.staging = name;
    else entry.replaced = name;
    byCompany.set(id, entry);
  }
  for (const [id, { staging, replaced }] of byCompany) {
    const target = path.join(root, id);
    const remove = (name?: string) => {
      if (!name) return;
      discardFolder(path.join(root, name), 'start-up: remove leftover folder');
    };
    if (fs.existsSync(target)) {
      // Either the swap had not begun (staging) or had finished (replaced): the target is right.
      remove(staging);
      remove(replaced);
    } else if (staging) {
      announce('operation_finished', `install|${staging}`);
      crashPoint('start-up: move staged folder in');
      fs.renameSync(path.join(root, staging), target);
      remove(replaced);
      recovery.finished.push(id);
    } else if (replaced) {
      announce('operation_rolled_back', `install|${replaced}`);
      crashPoint('start-up: put old folder back');
      fs.renameSync(path.join(root, replaced), target);
      recovery.rolledBack.push(id);
    }
  }
  return recovery;
}
