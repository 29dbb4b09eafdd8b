import fs from 'node:fs';
import path from 'node:path';
import type { CrashParams, CrashScenario } from '../../../support/crash-driver';
import { createInProcessApi } from '../../../support/in-process-api';
import { makeTempDir } from '../../../support/temp-dir';

/** A clock that starts at `iso` and moves 1 ms per reading: the same steps on every run. */
export const clockFrom = (iso: string) => {
  let t = Date.parse(iso);
  return () => new Date((t += 1));
};

export const companyName = '株式会社やまだ商店';

/** State A: what the company held when the export and the snapshot were taken. */
export const stateA = { employees: 8, contacts: ['東西損保'], incidents: ['既存の記録'] };
/** State B: the company after later edits (what a replace or restore goes back from). */
export const stateB = { employees: 20, contacts: ['東西損保', '北西損保'], incidents: ['既存の記録', '後の記録'] };

export interface Template {
  dataDir: string;
  paramsFile: string;
  params: CrashParams;
}

/**
 * The data folder a scenario starts from, built in-process: a company in state A (a custom contact
 * beside the presets, a profile, an incident, its daily snapshot, backups after every save), a
 * second company, and per scenario an export, later edits (state B) or a damaged contacts file.
 */
export async function buildTemplate(scenario: CrashScenario): Promise<Template> {
  const dataDir = makeTempDir(`otasuke-steps-${scenario}-`);
  const { api } = createInProcessApi({ dataDir, now: clockFrom('2026-11-25T01:00:00.000Z'), backupPolicy: { keep: 10, minIntervalMs: 0 } });
  await api.workspaces.create({ name: '株式会社つぎの店' });
  const company = await api.workspaces.create({ name: companyName });
  await api.workspaces.prepare();
  await api.contacts.save({ role: 'insurer', organisation: '東西損保', person: '佐藤', contractNumber: 'A-123456' });
  await api.profile.save({ name: companyName, employees: stateA.employees });
  await api.incidents.create({ title: '既存の記録', discoveredAt: '2026-11-01', description: '' });
  const params: CrashParams = { companyId: company.id, companyName, clockStart: '2026-11-25T01:05:00.000Z' };
  if (scenario === 'replace' || scenario === 'restore') {
    const file = await api.workspaces.exportFile({});
    params.exportFile = path.join(makeTempDir('otasuke-steps-export-'), 'a.otasuke');
    fs.writeFileSync(params.exportFile, Buffer.from(file.base64, 'base64'));
    // A snapshot of state A, through the API: replacing the company with its own export takes one first.
    const { token } = await api.workspaces.importPreview({ text: fs.readFileSync(params.exportFile, 'utf8') });
    await api.workspaces.importCommit({ token, mode: 'replace' });
    params.snapshotId = (await api.workspaces.snapshots()).find((s) => s.reason === 'before_replace')!.id;
    await api.contacts.save({ role: 'insurer', organisation: '北西損保', person: '鈴木' });
    await api.profile.save({ name: companyName, employees: stateB.employees });
    await api.incidents.create({ title: '後の記録', discoveredAt: '2026-11-02', description: '' });
  }
  if (scenario === 'recovery') {
    fs.writeFileSync(path.join(dataDir, 'workspaces', company.id, 'contacts.json'), '{"schemaVersion": 1, "data": [trunc');
  }
  const paramsFile = path.join(makeTempDir('otasuke-steps-params-'), 'params.json');
  fs.writeFileSync(paramsFile, JSON.stringify(params));
  return { dataDir, paramsFile, params };
}

/** A fresh copy of the template for one run. */
export function copyOf(template: Template): string {
  const dir = makeTempDir('otasuke-steps-run-');
  fs.cpSync(template.dataDir, dir, { recursive: true });
  return dir;
}

/** What a restart shows: the normal start-up, then the window opening each company as the app does. */
export async function restart(dataDir: string, companyId: string) {
  const later = createInProcessApi({ dataDir, now: clockFrom('2026-11-25T01:30:00.000Z') });
  const notices = later.services.notices.list().map((n) => n.kind);
  const companies = (await later.api.workspaces.list()).map((w) => w.name);
  const deleted = (await later.api.workspaces.deletedCompanies()).map((d) => d.workspaceId);
  const open = async () => {
    await later.api.workspaces.switchTo({ id: companyId });
    await later.api.workspaces.prepare();
    return {
      employees: (await later.api.profile.get())?.employees,
      contacts: (await later.api.contacts.list()).map((c) => c.organisation),
      incidents: (await later.api.incidents.list({})).map((i) => i.title),
    };
  };
  return { later, notices, companies, deleted, open };
}
