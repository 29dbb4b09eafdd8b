import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { jsonStoreFile } from '../../../../electron/services/store/backend';
import { DocumentStore, type NoticeSink } from '../../../../electron/services/store/document-store';
import type { DocumentSpec } from '../../../../electron/services/store/document-spec';
import type { StorageNotice } from '../../../../shared/notices/schema';
import { makeTempDir } from '../../../support/temp-dir';

const noteSchema = z.object({ title: z.string().min(1), count: z.number().int() }).strict();
type Note = z.infer<typeof noteSchema>;
const spec: DocumentSpec<Note> = {
  name: 'note',
  schema: noteSchema,
  version: 2,
  // Version 1 stored the title as `name`.
  migrations: { 1: (data) => ({ title: (data as { name: string }).name, count: 0 }) },
  empty: () => ({ title: 'empty', count: 0 }),
};

function setup(now = () => new Date('2026-11-25T10:00:00Z')) {
  const dir = makeTempDir('otasuke-store-');
  const notices: Omit<StorageNotice, 'id' | 'at'>[] = [];
  const sink: NoticeSink = { add: (n) => notices.push(n) };
  const open = () => new DocumentStore(dir, spec, { fileFactory: jsonStoreFile, notices: sink, now, backupPolicy: { keep: 3, minIntervalMs: 0 } });
  return { dir, notices, open, file: path.join(dir, 'note.json') };
}

describe('DocumentStore', () => {
  it('starts empty without writing, then persists with schemaVersion and mode 0600', () => {
    const { open, file } = setup();
    const store = open();
    expect(store.get()).toEqual({ title: 'empty', count: 0 });
    expect(fs.existsSync(file)).toBe(false);
    store.set({ title: '初回', count: 1 });
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toEqual({ schemaVersion: 2, data: { title: '初回', count: 1 } });
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(open().get()).toEqual({ title: '初回', count: 1 });
  });

  it('refuses an invalid value and leaves the file byte-for-byte as it was', () => {
    const { open, file } = setup();
    const store = open();
    store.set({ title: 'ok', count: 1 });
    const before = fs.readFileSync(file);
    expect(() => store.set({ title: '', count: 1.5 })).toThrow(/failed validation/);
    expect(fs.readFileSync(file)).toEqual(before);
    expect(store.get()).toEqual({ title: 'ok', count: 1 });
  });

  it('migrates an older file forward', () => {
    const { open, file, dir } = setup();
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(file, JSON.stringify({ schemaVersion: 1, data: { name: '古い形式' } }));
    expect(open().get()).toEqual({ title: '古い形式', count: 0 });
  });

  const damages: [string, (file: string) => void, StorageNotice['reason']][] = [
    ['truncated JSON', (f) => fs.writeFileSync(f, fs.readFileSync(f, 'utf8').slice(0, 10)), 'unreadable'],
    ['random bytes', (f) => fs.writeFileSync(f, Buffer.from([0xff, 0x00, 0x13, 0x88, 0x7b])), 'unreadable'],
    ['an empty file', (f) => fs.writeFileSync(f, ''), 'unreadable'],
    ['valid JSON failing the schema', (f) => fs.writeFileSync(f, JSON.stringify({ schemaVersion: 2, data: { title: 5 } })), 'invalid'],
    ['a newer schemaVersion', (f) => fs.writeFileSync(f, JSON.stringify({ schemaVersion: 99, data: {} })), 'newer_version'],
    ['a directory in its place', (f) => { fs.rmSync(f); fs.mkdirSync(f); }, 'unreadable'],
  ];

  for (const [name, damage, reason] of damages) {
    it(`moves ${name} aside and restores the newest valid backup`, () => {
      const { open, file, dir, notices } = setup();
      open().set({ title: '最後に保存した内容', count: 7 });
      damage(file);
      const reopened = open();
      expect(reopened.get()).toEqual({ title: '最後に保存した内容', count: 7 });
      expect(notices).toHaveLength(1);
      expect(notices[0]).toMatchObject({ kind: 'restored_from_backup', document: 'note', reason });
      const moved = fs.readdirSync(dir).filter((f) => f.startsWith('note.json.corrupt-'));
      expect(moved).toHaveLength(1);
      expect(notices[0]!.movedTo).toBe(path.join(dir, moved[0]!));
      // The restored file is valid again on the next launch, with no new notice.
      notices.length = 0;
      expect(open().get()).toEqual({ title: '最後に保存した内容', count: 7 });
      expect(notices).toHaveLength(0);
    });
  }

  it('with no valid backup, starts empty, keeps the bad file and says so', () => {
    const { open, file, dir, notices } = setup();
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(file, '{"schemaVersion": 2, "data": {');
    fs.mkdirSync(path.join(dir, 'backups'));
    fs.writeFileSync(path.join(dir, 'backups', 'note.2026-11-24T10-00-00-000Z.json'), 'also broken');
    expect(open().get()).toEqual({ title: 'empty', count: 0 });
    expect(notices[0]).toMatchObject({ kind: 'started_empty', backupTakenAt: null });
    expect(fs.readFileSync(notices[0]!.movedTo, 'utf8')).toBe('{"schemaVersion": 2, "data": {');
  });

  it('keeps a rolling set of backups', () => {
    let t = Date.parse('2026-11-25T10:00:00Z');
    const { open } = setup(() => new Date((t += 1000)));
    const store = open();
    for (let i = 1; i <= 6; i += 1) store.set({ title: `v${i}`, count: i });
    const backups = store.backups.list();
    expect(backups).toHaveLength(3);
    expect(JSON.parse(fs.readFileSync(backups[0]!.path, 'utf8')).data.title).toBe('v6');
  });
});
