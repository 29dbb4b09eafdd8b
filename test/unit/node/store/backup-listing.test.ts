import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { jsonStoreFile } from '../../../../electron/services/store/backend';
import { DocumentStore } from '../../../../electron/services/store/document-store';
import type { DocumentSpec } from '../../../../electron/services/store/document-spec';
import { makeTempDir } from '../../../support/temp-dir';

/**
 * Backup folders are listed once per task and shared by every document (512 incident buckets
 * open in one go). These check that the shared listing never hides or keeps a backup wrongly.
 */
const specFor = (name: string): DocumentSpec<number[]> => ({ name, schema: z.array(z.number()), version: 1, empty: () => [] });

function setup() {
  const dir = makeTempDir('otasuke-backup-listing-');
  const notices: unknown[] = [];
  let tick = Date.parse('2026-11-25T10:00:00Z');
  // Every call is a new millisecond, so every write may take a backup with its own name.
  const deps = { fileFactory: jsonStoreFile, notices: { add: (n: unknown) => notices.push(n) }, now: () => new Date((tick += 1)), backupPolicy: { keep: 3, minIntervalMs: 0 } };
  const open = (name: string) => new DocumentStore(dir, specFor(name), deps);
  const backupsOf = (name: string) => fs.readdirSync(path.join(dir, 'backups')).filter((f) => f.startsWith(`${name}.`));
  return { dir, notices, open, backupsOf };
}

describe('shared backup folder listing', () => {
  it('keeps each document to its own `keep` backups when many documents write in one go', () => {
    const { open, backupsOf } = setup();
    const stores = Array.from({ length: 20 }, (_, i) => open(`doc-${i}`));
    for (let round = 0; round < 6; round += 1) for (const store of stores) store.update((list) => [...list, round]);
    for (let i = 0; i < 20; i += 1) expect(backupsOf(`doc-${i}`)).toHaveLength(3);
  });

  it('restores from a backup that appeared after the folder was listed, in the same task', () => {
    const { dir, notices, open, backupsOf } = setup();
    open('a').set([1]);
    open('a').set([1, 2]);
    open('b').set([9]); // lists the backup folder (and caches the listing)
    // A backup the cached listing has not seen: the newest valid copy of "a".
    const late = path.join(dir, 'backups', 'a.2030-01-01T00-00-00-000Z.json');
    fs.writeFileSync(late, JSON.stringify({ schemaVersion: 1, data: [7, 7, 7] }));
    fs.writeFileSync(path.join(dir, 'a.json'), '{ broken');
    expect(open('a').get()).toEqual([7, 7, 7]);
    expect(notices).toEqual([expect.objectContaining({ kind: 'restored_from_backup', document: 'a' })]);
    expect(backupsOf('a').length).toBeGreaterThan(0);
  });
});
