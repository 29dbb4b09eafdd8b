import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../shared/api/result';
import { storageError, writeFileAtomic } from '../../../../electron/services/store/atomic-write';
import { faultyFs, type AtomicStep } from '../../../support/faulty-fs';
import { makeTempDir } from '../../../support/temp-dir';

const previous = Buffer.from('{"schemaVersion":1,"data":{"name":"前の内容"}}');
const next = Buffer.from(JSON.stringify({ schemaVersion: 1, data: { name: '新しい内容'.repeat(20) } }));

function folderWithTarget() {
  const dir = makeTempDir('otasuke-atomic-');
  const target = path.join(dir, 'contacts.json');
  fs.writeFileSync(target, previous, { mode: 0o600 });
  return { dir, target };
}

describe('the atomic write', () => {
  it('writes every byte, owner-only, and leaves no temp file', () => {
    const { dir, target } = folderWithTarget();
    writeFileAtomic(target, next);
    expect(fs.readFileSync(target).equals(next)).toBe(true);
    expect(fs.readdirSync(dir)).toEqual(['contacts.json']);
    const fresh = path.join(dir, 'new.pdf');
    writeFileAtomic(fresh, next);
    if (process.platform !== 'win32') expect(fs.statSync(fresh).mode & 0o777).toBe(0o600);
  });

  it('a disk that takes at most 3 bytes per write still gets the whole file', () => {
    const { dir, target } = folderWithTarget();
    const { fsi, calls } = faultyFs({ maxWrite: 3 });
    writeFileAtomic(target, next, fsi);
    expect(fs.readFileSync(target).equals(next)).toBe(true);
    expect(calls.write).toBe(Math.ceil(next.length / 3));
    expect(fs.readdirSync(dir)).toEqual(['contacts.json']);
  });

  // Every step the write makes; the writes fail at the first, a middle and the last call.
  const steps: [AtomicStep, number][] = [
    ['open', 1],
    ['write', 1],
    ['write', 5],
    ['write', Math.ceil(next.length / 3)],
    ['fsync', 1],
    ['fstat', 1],
    ['close', 1],
    ['link', 1],
    ['rename', 1],
    ['fsyncDir', 1],
  ];
  it.each(steps)('a failure at %s (call %i) keeps the previous file byte for byte and no temp file', (step, nth) => {
    const { dir, target } = folderWithTarget();
    const { fsi } = faultyFs({ step, nth, code: 'ENOSPC', maxWrite: 3 });
    if (step === 'link') {
      // No hard links on this file system: the write goes on without them and succeeds.
      writeFileAtomic(target, next, fsi);
      expect(fs.readFileSync(target).equals(next)).toBe(true);
    } else {
      expect(() => writeFileAtomic(target, next, fsi)).toThrow(/ENOSPC/);
      expect(fs.readFileSync(target).equals(previous)).toBe(true);
    }
    expect(fs.readdirSync(dir)).toEqual(['contacts.json']);
  });

  it('a write that makes no progress is a full disk, not an endless loop', () => {
    const { dir, target } = folderWithTarget();
    const { fsi } = faultyFs({ maxWrite: 0 });
    expect(() => writeFileAtomic(target, next, fsi)).toThrow();
    expect(storageError(captured(() => writeFileAtomic(target, next, fsi))).code).toBe('storage_full');
    expect(fs.readFileSync(target).equals(previous)).toBe(true);
    expect(fs.readdirSync(dir)).toEqual(['contacts.json']);
  });

  it('a first write that fails leaves no file at all', () => {
    const dir = makeTempDir('otasuke-atomic-');
    const { fsi } = faultyFs({ step: 'fsync', code: 'EIO' });
    expect(() => writeFileAtomic(path.join(dir, 'profile.json'), next, fsi)).toThrow();
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it.each([
    ['ENOSPC', 'storage_full'],
    ['EDQUOT', 'storage_full'],
    ['EROFS', 'storage_read_only'],
    ['EACCES', 'storage_read_only'],
    ['EPERM', 'storage_read_only'],
    ['EIO', 'storage_failed'],
  ])('%s is reported as %s', (code, expected) => {
    const error = storageError(Object.assign(new Error('x'), { code }));
    expect(error).toBeInstanceOf(AppError);
    expect(error.code).toBe(expected);
  });
});

function captured(run: () => void): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected a failure');
}
