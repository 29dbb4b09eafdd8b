import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contactsSpec } from '../../../../electron/features/contacts/documents';
import { jsonStoreFileWith } from '../../../../electron/services/store/backend';
import { faultyFs } from '../../../support/faulty-fs';
import { createInProcessApi } from '../../../support/in-process-api';
import { makeTempDir } from '../../../support/temp-dir';

/** A company with one custom contact beside the presets, saved and backed up. */
async function companyWithInsurer() {
  const dataDir = makeTempDir('otasuke-reset-');
  // A backup after every save, so the newest backup holds the insurer too.
  const first = createInProcessApi({ dataDir, backupPolicy: { keep: 10, minIntervalMs: 0 } });
  const company = await first.api.workspaces.create({ name: 'やまだ商店' });
  await first.api.contacts.save({ role: 'insurer', organisation: '東西損保', person: '佐藤', contractNumber: 'A-123456' });
  const ws = first.services.workspaces.get(company.id);
  return { dataDir, company, ws };
}

async function reopen(dataDir: string, companyId: string, options: Parameters<typeof createInProcessApi>[0] = {}) {
  const later = createInProcessApi({ dataDir, ...options });
  await later.api.workspaces.switchTo({ id: companyId });
  return later;
}

describe('never a silent reset', () => {
  it('a deleted contacts file is restored from its backup, with a notice; the presets are not seeded over it', async () => {
    const { dataDir, company, ws } = await companyWithInsurer();
    fs.rmSync(ws.document(contactsSpec).path);
    const later = await reopen(dataDir, company.id);
    await later.api.workspaces.prepare();
    const contacts = await later.api.contacts.list();
    expect(contacts.find((c) => c.organisation === '東西損保')).toMatchObject({ contractNumber: 'A-123456' });
    expect(later.services.notices.list()).toEqual([expect.objectContaining({ kind: 'restored_from_backup', document: 'contacts', reason: 'missing', movedTo: '' })]);
  });

  it('a company whose workspace.json was deleted is still listed and opens with its data', async () => {
    const { dataDir, company, ws } = await companyWithInsurer();
    fs.rmSync(path.join(ws.dir, 'workspace.json'));
    const later = createInProcessApi({ dataDir });
    expect((await later.api.workspaces.list()).map((w) => w.name)).toEqual(['やまだ商店']);
    await later.api.workspaces.switchTo({ id: company.id });
    expect((await later.api.contacts.list()).some((c) => c.organisation === '東西損保')).toBe(true);
  });

  it('a company whose workspace.json is gone with every backup of it is rebuilt from its files, named from its profile, with a notice', async () => {
    const { dataDir, company, ws } = await companyWithInsurer();
    await (await reopen(dataDir, company.id)).api.profile.save({ name: 'やまだ商店（屋号）' });
    fs.rmSync(path.join(ws.dir, 'workspace.json'));
    for (const backup of fs.readdirSync(path.join(ws.dir, 'backups')).filter((f) => f.startsWith('workspace'))) fs.rmSync(path.join(ws.dir, 'backups', backup));
    const later = createInProcessApi({ dataDir });
    const listed = await later.api.workspaces.list();
    expect(listed).toEqual([expect.objectContaining({ id: company.id, name: 'やまだ商店（屋号）' })]);
    expect(later.services.notices.list()).toEqual([expect.objectContaining({ kind: 'workspace_recovered', document: 'workspace', reason: 'missing' })]);
    // Written back (the one repair a read may make), so the next start finds it without a notice.
    expect(fs.existsSync(path.join(ws.dir, 'workspace.json'))).toBe(true);
    await later.api.workspaces.switchTo({ id: company.id });
    expect((await later.api.contacts.list()).some((c) => c.organisation === '東西損保')).toBe(true);
    const again = createInProcessApi({ dataDir });
    expect((await again.api.workspaces.list()).map((w) => w.name)).toEqual(['やまだ商店（屋号）']);
    expect(again.services.notices.list()).toHaveLength(1);
  });

  it('a stray folder holding no company document is not listed as a company', async () => {
    const { dataDir, ws } = await companyWithInsurer();
    const stray = path.join(path.dirname(ws.dir), 'stray-folder-123');
    fs.mkdirSync(stray);
    fs.writeFileSync(path.join(stray, 'notes.txt'), 'not ours');
    expect((await createInProcessApi({ dataDir }).api.workspaces.list()).map((w) => w.name)).toEqual(['やまだ商店']);
  });

  it('recovery that cannot write (disk full) still shows the backup, and the file is repaired once the disk has room', async () => {
    const { dataDir, company, ws } = await companyWithInsurer();
    const file = ws.document(contactsSpec).path;
    fs.writeFileSync(file, '{"schemaVersion": 1, "data": [trunc');
    const healthy = faultyFs().fsi;
    const full = jsonStoreFileWith({ ...healthy, write: () => { throw Object.assign(new Error('injected'), { code: 'ENOSPC' }); } });
    const onFullDisk = await reopen(dataDir, company.id, { fileFactory: full });
    expect((await onFullDisk.api.contacts.list()).some((c) => c.organisation === '東西損保')).toBe(true);
    expect(onFullDisk.services.notices.list()[0]).toMatchObject({ kind: 'restored_from_backup', document: 'contacts' });
    // The damaged file is still there (copied aside, not yet replaced); nothing was lost.
    expect(fs.readFileSync(file, 'utf8')).toContain('trunc');

    // Later, with room on the disk: opening it repairs the file, keeping a copy of the damaged one.
    const later = await reopen(dataDir, company.id);
    expect((await later.api.contacts.list()).some((c) => c.organisation === '東西損保')).toBe(true);
    expect(fs.readFileSync(file, 'utf8')).not.toContain('trunc');
    await later.api.contacts.save({ role: 'itVendor', organisation: '町のパソコン屋', person: '' });
    const stored = fs.readFileSync(file, 'utf8');
    expect(stored).toContain('東西損保');
    expect(stored).toContain('町のパソコン屋');
    expect(fs.readdirSync(ws.dir).some((f) => f.startsWith('contacts.json.corrupt-'))).toBe(true);
  });

  it('a full disk at start-up does not keep a company from opening (the backup on open is guarded)', async () => {
    const { dataDir, company } = await companyWithInsurer();
    const healthy = faultyFs().fsi;
    const full = jsonStoreFileWith({ ...healthy, write: () => { throw Object.assign(new Error('injected'), { code: 'ENOSPC' }); } });
    const later = createInProcessApi({ dataDir, fileFactory: full, backupPolicy: { keep: 10, minIntervalMs: 0 } });
    await later.api.workspaces.switchTo({ id: company.id });
    expect((await later.api.contacts.list()).some((c) => c.organisation === '東西損保')).toBe(true);
  });
});
