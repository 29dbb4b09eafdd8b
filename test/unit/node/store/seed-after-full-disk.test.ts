import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createInProcessApi } from '../../../support/in-process-api';
import { switchableDisk } from '../../../support/switchable-disk';
import { makeTempDir } from '../../../support/temp-dir';

/**
 * A lost contacts file restored from its backup while the disk is full is shown from memory and
 * written later. Until then the file is absent, which must not read as "never created": opening
 * the company once space is back must not seed the presets over the restored custom contacts.
 */
describe('presets are never seeded over a restore that is waiting for disk space', () => {
  it('a lost contacts file, restored on a full disk: after space is freed, prepare keeps the insurer', async () => {
    const dataDir = makeTempDir('otasuke-seed-');
    const first = createInProcessApi({ dataDir, backupPolicy: { keep: 10, minIntervalMs: 0 } });
    const company = await first.api.workspaces.create({ name: 'やまだ商店' });
    await first.api.contacts.save({ role: 'insurer', organisation: '東西損保', person: '佐藤', contractNumber: 'A-123456' });
    fs.rmSync(path.join(dataDir, 'workspaces', company.id, 'contacts.json'));

    const disk = switchableDisk();
    disk.fail('ENOSPC');
    const later = createInProcessApi({ dataDir, fileFactory: disk.factory });
    await later.api.workspaces.switchTo({ id: company.id });
    expect((await later.api.contacts.list()).map((c) => c.organisation)).toContain('東西損保');
    disk.heal();
    await later.api.workspaces.prepare();
    expect((await later.api.contacts.list()).map((c) => c.organisation)).toContain('東西損保');

    const reopened = createInProcessApi({ dataDir });
    await reopened.api.workspaces.switchTo({ id: company.id });
    expect((await reopened.api.contacts.list()).map((c) => c.organisation)).toContain('東西損保');
  });
});
