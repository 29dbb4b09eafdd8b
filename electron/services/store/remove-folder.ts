import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { crashPoint, crashPointsArmed } from './crash-points';

/**
 * Removes a folder and everything in it. `fs.rmSync` does this one entry at a time, so a crash can
 * stop it half-way; under the crash test (crash points armed) the same removal is done entry by
 * entry here with a crash point before each, so the test can land a kill in the middle of it.
 */
export function removeFolder(dir: string, label: string): void {
  if (!crashPointsArmed()) {
    fs.rmSync(dir, { recursive: true, force: true });
    return;
  }
  const removeTree = (target: string) => {
    let stat: fs.Stats;
    try {
      stat = fs.lstatSync(target);
    } catch {
      return;
    }
    if (stat.isDirectory()) {
      for (const name of fs.readdirSync(target)) removeTree(path.join(target, name));
    }
    crashPoint(label);
    fs.rmSync(target, { recursive: true, force: true });
  };
  removeTree(dir);
}

/**
 * Removes a folder so that a crash never leaves it half there under its own name: one rename to a
 * hidden `.deleting-*` sibling first, then the removal. Start-up removes any `.deleting-*` left.
 */
export function discardFolder(dir: string, label: string): void {
  const doomed = path.join(path.dirname(dir), `.deleting-${randomUUID()}`);
  crashPoint(`${label}: move aside`);
  fs.renameSync(dir, doomed);
  removeFolder(doomed, label);
}
