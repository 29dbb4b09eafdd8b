import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createInProcessApi } from '../../../support/in-process-api';
import { makeTempDir } from '../../../support/temp-dir';

/** The pid of a process that has exited (so no process of that pid is writing). */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

describe('start-up removes what a killed atomic write left behind', () => {
  it("a dead process's temp and second-name files go; a live process's stay; the data is untouched", async () => {
    const dataDir = makeTempDir('otasuke-stale-');
    const first = createInProcessApi({ dataDir });
    const company = await first.api.workspaces.create({ name: 'やまだ商店' });
    const companyDir = path.join(dataDir, 'workspaces', company.id);
    const dead = deadPid();
    const stale = [
      path.join(companyDir, `.contacts.json.${dead}.0a1b2c3d.tmp`),
      path.join(companyDir, `.contacts.json.${dead}.0a1b2c3d.prev`),
      path.join(companyDir, 'backups', `.profile.2026-11-25T01-00-00-000Z.json.${dead}.deadbeef.tmp`),
      path.join(dataDir, `.settings.json.${dead}.12345678.tmp`),
    ];
    // A write in flight in another live process (the CLI, a second host) on the same folder.
    const live = path.join(companyDir, `.contacts.json.${process.ppid}.87654321.tmp`);
    for (const file of [...stale, live]) fs.writeFileSync(file, '{"half');
    const contacts = fs.readFileSync(path.join(companyDir, 'contacts.json'));

    const later = createInProcessApi({ dataDir });
    expect(stale.filter((f) => fs.existsSync(f))).toEqual([]);
    expect(fs.existsSync(live)).toBe(true);
    expect(fs.readFileSync(path.join(companyDir, 'contacts.json')).equals(contacts)).toBe(true);
    await later.api.workspaces.switchTo({ id: company.id });
    expect((await later.api.contacts.list()).length).toBeGreaterThan(0);
    expect(later.services.notices.list()).toEqual([]);
  });
});
