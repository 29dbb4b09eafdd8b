/**
 * The child process of the step-by-step crash test, bundled from the app's real sources and run
 * in plain Node. It starts like the app (services, start-up recovery, the window opening its
 * company), performs one operation through the real API, and prints `ack <json>` (synchronously)
 * after each call that answered ok. With OTASUKE_CRASH_AT=k it is SIGKILLed at its k-th crash
 * point; with OTASUKE_CRASH_AT=0 it runs to the end and prints `steps <N>`.
 *
 * usage: crash-driver <dataDir> <scenario> <params.json>
 */
import fs from 'node:fs';
import { crashPointsPassed } from '../../electron/services/store/crash-points';
import { createInProcessApi } from './in-process-api';

export type CrashScenario = 'store' | 'replace' | 'restore' | 'delete' | 'undelete' | 'recovery' | 'finish';

export interface CrashParams {
  companyId: string;
  companyName: string;
  /** The app's clock starts here and moves 1 ms per reading, so every run takes the same steps. */
  clockStart: string;
  /** replace: a plain export file to import over the company. */
  exportFile?: string;
  /** restore: the snapshot to put back. */
  snapshotId?: string;
}

const [dataDir, scenario, paramsFile] = process.argv.slice(2) as [string, CrashScenario, string];
const params = JSON.parse(fs.readFileSync(paramsFile, 'utf8')) as CrashParams;
let clock = Date.parse(params.clockStart);

const ack = (value: Record<string, unknown>) => fs.writeSync(1, `ack ${JSON.stringify(value)}\n`);

async function main() {
  const { api } = createInProcessApi({ dataDir, now: () => new Date((clock += 1)) });
  // What the window does on opening: its company, then `prepare` (presets, daily snapshot).
  // (A deleted company cannot be opened: the window opens the other one.)
  const opening = scenario === 'undelete' ? (await api.workspaces.list())[0]!.id : params.companyId;
  await api.workspaces.switchTo({ id: opening });
  await api.workspaces.prepare();
  switch (scenario) {
    case 'store':
      await api.contacts.save({ role: 'itVendor', organisation: '町のパソコン屋', person: '田中' });
      ack({ contact: '町のパソコン屋' });
      await api.incidents.create({ title: '不審なメール', discoveredAt: '2026-11-20', description: '添付を開いた' });
      ack({ incident: '不審なメール' });
      await api.profile.save({ name: params.companyName, employees: 12 });
      ack({ employees: 12 });
      break;
    case 'replace': {
      const text = fs.readFileSync(params.exportFile!, 'utf8');
      const { token } = await api.workspaces.importPreview({ text });
      await api.workspaces.importCommit({ token, mode: 'replace' });
      ack({ replaced: true });
      break;
    }
    case 'restore':
      await api.workspaces.restoreSnapshot({ id: params.snapshotId! });
      ack({ restored: true });
      break;
    case 'delete':
      await api.workspaces.remove({ id: params.companyId, confirmName: params.companyName });
      ack({ deleted: true });
      break;
    case 'undelete':
      await api.workspaces.restoreDeleted({ id: params.companyId });
      ack({ undeleted: true });
      break;
    case 'recovery':
    case 'finish':
      // The operation crashed into is the start-up above: the damaged contacts file restored from
      // its backup (recovery), or a replace killed between its two folder moves finished (finish).
      ack({ contacts: (await api.contacts.list()).map((c) => c.organisation) });
      break;
  }
  fs.writeSync(1, `steps ${crashPointsPassed()}\n`);
}

void main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
