import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ApiCallError } from '../../../../renderer/src/api/api-error';
import { createInProcessApi } from '../../../support/in-process-api';
import { makeTempDir } from '../../../support/temp-dir';

/**
 * A real full disk, not a simulated one: the data folder is a 512 KiB tmpfs, filled to the last
 * byte by a file beside the data, then freed. Mounting needs root on Linux (CI runs as root);
 * elsewhere the suite is skipped and says why, and test/unit/node/store/full-disk-api.test.ts
 * covers the same answers on a file layer that returns short writes and ENOSPC.
 */
const mountPoint = makeTempDir('otasuke-tmpfs-');
const sh = (...args: string[]) => spawnSync(args[0]!, args.slice(1), { encoding: 'utf8' });

function mountSmallDisk(): string | null {
  if (process.platform !== 'linux') return 'not Linux';
  if (process.getuid?.() !== 0) return 'not root (mounting a tmpfs needs root)';
  const mounted = sh('mount', '-t', 'tmpfs', '-o', 'size=512k,mode=0700', 'tmpfs', mountPoint);
  return mounted.status === 0 ? null : `mount -t tmpfs failed: ${mounted.stderr.trim()}`;
}

const skipReason = mountSmallDisk();
if (skipReason) console.log(`disk-full on a real tmpfs: skipped (${skipReason})`);

afterAll(() => {
  if (!skipReason) sh('umount', '-l', mountPoint);
  fs.rmSync(mountPoint, { recursive: true, force: true });
});

/** Fills the disk to the last byte: big writes first, then single bytes until ENOSPC. */
function fill(file: string): void {
  const fd = fs.openSync(file, 'w');
  try {
    for (const size of [65536, 4096, 1]) {
      const chunk = Buffer.alloc(size, 0x61);
      for (;;) {
        try {
          if (fs.writeSync(fd, chunk) < size) break;
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code === 'ENOSPC') break;
          throw error;
        }
      }
    }
  } finally {
    fs.closeSync(fd);
  }
}

async function refusal(call: Promise<unknown>): Promise<string> {
  const error = await call.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(ApiCallError);
  return (error as ApiCallError).code;
}

const hiddenTemps = (dir: string) => fs.readdirSync(dir).filter((f) => f.endsWith('.tmp') || f.endsWith('.prev'));

describe.skipIf(skipReason !== null)('a real full disk (512 KiB tmpfs)', () => {
  const dataDir = path.join(mountPoint, 'data');
  const filler = path.join(mountPoint, 'filler.bin');

  it('a save answers storage_full with the previous file byte-identical; reads work; after freeing space saves work again', async () => {
    const app = createInProcessApi({ dataDir });
    const company = await app.api.workspaces.create({ name: 'やまだ商店' });
    await app.api.workspaces.prepare();
    const saved = (await app.api.contacts.save({ role: 'insurer', organisation: '東西損保', person: '佐藤' })).find((c) => c.organisation === '東西損保')!;
    const companyDir = path.join(dataDir, 'workspaces', company.id);
    const contactsFile = path.join(companyDir, 'contacts.json');
    const before = fs.readFileSync(contactsFile);

    fill(filler);
    expect(await refusal(app.api.contacts.save({ ...saved, organisation: '書き換え後の長い名前'.repeat(20) }))).toBe('storage_full');
    expect(fs.readFileSync(contactsFile).equals(before)).toBe(true);
    expect(hiddenTemps(companyDir)).toEqual([]);
    expect(await app.api.app.storageStatus()).toEqual({ problem: 'storage_full' });
    expect((await app.api.contacts.list()).find((c) => c.id === saved.id)?.organisation).toBe('東西損保');
    expect((await app.api.profile.get())?.name).toBe('やまだ商店');

    // An app started on the full disk opens, shows the data and says why it cannot save.
    const started = createInProcessApi({ dataDir });
    expect(await started.api.app.storageStatus()).toEqual({ problem: 'storage_full' });
    await started.api.workspaces.switchTo({ id: company.id });
    expect(await started.api.workspaces.prepare()).toMatchObject({ id: company.id });
    expect((await started.api.contacts.list()).find((c) => c.id === saved.id)?.organisation).toBe('東西損保');
    expect(started.services.notices.list()).toEqual([]);

    fs.rmSync(filler);
    await app.api.contacts.save({ ...saved, person: '鈴木' });
    expect(await app.api.app.storageStatus()).toEqual({ problem: null });
    const reopened = createInProcessApi({ dataDir });
    await reopened.api.workspaces.switchTo({ id: company.id });
    expect((await reopened.api.contacts.list()).find((c) => c.id === saved.id)?.person).toBe('鈴木');
  });

  it('the same disk remounted read-only: a save answers storage_read_only, the file unchanged, the data readable', async () => {
    const app = createInProcessApi({ dataDir });
    const company = (await app.api.workspaces.list())[0]!;
    await app.api.workspaces.switchTo({ id: company.id });
    const saved = (await app.api.contacts.list()).find((c) => c.organisation === '東西損保')!;
    const contactsFile = path.join(dataDir, 'workspaces', company.id, 'contacts.json');
    const before = fs.readFileSync(contactsFile);
    expect(sh('mount', '-o', 'remount,ro', mountPoint).status).toBe(0);
    try {
      expect(await refusal(app.api.contacts.save({ ...saved, person: '高橋' }))).toBe('storage_read_only');
      expect(fs.readFileSync(contactsFile).equals(before)).toBe(true);
      const started = createInProcessApi({ dataDir });
      expect(await started.api.app.storageStatus()).toEqual({ problem: 'storage_read_only' });
      await started.api.workspaces.switchTo({ id: company.id });
      expect((await started.api.contacts.list()).find((c) => c.id === saved.id)?.person).toBe('鈴木');
    } finally {
      sh('mount', '-o', 'remount,rw', mountPoint);
    }
  });
});
