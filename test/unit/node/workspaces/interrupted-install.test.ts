import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createInProcessApi } from '../../../support/in-process-api';
import { makeTempDir } from '../../../support/temp-dir';

/**
 * The folder states a crash can leave at each step of `install()` (replace-import, snapshot
 * restore): staging half written, staging complete, old folder moved aside, new folder in place.
 * Each is built on a real data folder; the next start must finish or undo it and say so.
 */
async function companyAndNewData() {
  const dataDir = makeTempDir('otasuke-interrupted-');
  const first = createInProcessApi({ dataDir });
  const company = await first.api.workspaces.create({ name: '株式会社やまだ商店' });
  await first.api.profile.save({ name: '株式会社やまだ商店', employees: 8 });
  const root = path.join(dataDir, 'workspaces');
  const target = path.join(root, company.id);
  // The replacement's data: the same company under a new name, complete (record file included).
  const staging = path.join(root, '.staging-0f9c2a51-8d7e-4b7a-9a51-3c1f2e4d5a6b');
  fs.cpSync(target, staging, { recursive: true });
  const profileFile = path.join(staging, 'profile.json');
  const stored = JSON.parse(fs.readFileSync(profileFile, 'utf8')) as { data: { name: string; employees: number } };
  stored.data = { ...stored.data, name: '株式会社やまだ商店（新）', employees: 20 };
  fs.writeFileSync(profileFile, JSON.stringify(stored));
  const replaced = path.join(root, '.replaced-7e1d3c9b-2f4a-4c8e-b1d6-5a9e8f7c6b5d');
  return { dataDir, company, target, staging, replaced };
}

async function afterRestart(dataDir: string, companyId: string) {
  const later = createInProcessApi({ dataDir });
  const kinds = later.services.notices.list().map((n) => n.kind);
  const leftovers = fs.readdirSync(path.join(dataDir, 'workspaces')).filter((n) => n.startsWith('.'));
  await later.api.workspaces.switchTo({ id: companyId });
  return { profile: await later.api.profile.get(), kinds, leftovers };
}

describe('an import-replace or restore cut short by a crash', () => {
  it('crash while staging was written (no record file yet): the old data stays, the leftover goes', async () => {
    const { dataDir, company, staging } = await companyAndNewData();
    fs.rmSync(path.join(staging, 'workspace.json'));
    const after = await afterRestart(dataDir, company.id);
    expect(after).toMatchObject({ profile: { employees: 8 }, kinds: [], leftovers: [] });
  });

  it('crash after staging was complete, before the swap: the old data stays (nothing was acknowledged)', async () => {
    const { dataDir, company } = await companyAndNewData();
    const after = await afterRestart(dataDir, company.id);
    expect(after).toMatchObject({ profile: { employees: 8 }, kinds: [], leftovers: [] });
  });

  it('crash between the two renames (no company folder at all): the new data is moved into place and the user told', async () => {
    const { dataDir, company, target, replaced } = await companyAndNewData();
    fs.renameSync(target, replaced);
    const after = await afterRestart(dataDir, company.id);
    expect(after).toMatchObject({ profile: { name: '株式会社やまだ商店（新）', employees: 20 }, kinds: ['operation_finished'], leftovers: [] });
  });

  it('crash after the swap, before the old folder was deleted: the new data stays, the old folder goes', async () => {
    const { dataDir, company, target, staging, replaced } = await companyAndNewData();
    fs.renameSync(target, replaced);
    fs.renameSync(staging, target);
    const after = await afterRestart(dataDir, company.id);
    expect(after).toMatchObject({ profile: { employees: 20 }, kinds: [], leftovers: [] });
  });

  it('only the old folder aside (the new data was lost): it is put back and the user told', async () => {
    const { dataDir, company, target, staging, replaced } = await companyAndNewData();
    fs.rmSync(staging, { recursive: true });
    fs.renameSync(target, replaced);
    const after = await afterRestart(dataDir, company.id);
    expect(after).toMatchObject({ profile: { employees: 8 }, kinds: ['operation_rolled_back'], leftovers: [] });
  });
});
