import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ApiCallError } from '../../../../renderer/src/api/api-error';
import { createInProcessApi } from '../../../support/in-process-api';

/** Every file under a folder with its SHA-256: equal maps mean byte-for-byte identical. */
export function folderDigest(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else out[path.relative(root, full)] = createHash('sha256').update(fs.readFileSync(full)).digest('hex');
    }
  };
  walk(root);
  return out;
}

/** The API with the demo company plus a second real one, as a supporter would have. */
export async function setupWithCompanies() {
  let clock = new Date('2026-11-25T01:00:00Z');
  const setup = createInProcessApi({ now: () => clock });
  await setup.api.profile.save({ name: '株式会社やまだ商店', industry: 'retail', employees: 8 });
  await setup.api.workspaces.createDemo();
  return { ...setup, advance: (ms: number) => (clock = new Date(clock.getTime() + ms)) };
}

/** The companies above and the demo company's export, plain and sealed with `passphrase`. */
export async function setupWithExports(passphrase: string) {
  const setup = await setupWithCompanies();
  return { setup, plain: (await exportText(setup.api)).text, sealed: (await exportText(setup.api, passphrase)).text };
}

export async function exportText(api: ReturnType<typeof createInProcessApi>['api'], passphrase?: string) {
  const file = await api.workspaces.exportFile(passphrase ? { passphrase } : {});
  return { text: Buffer.from(file.base64, 'base64').toString('utf8'), file };
}

/** The error code and the import problem a rejected call carries. */
export async function rejection(call: Promise<unknown>): Promise<{ code: string; problem: string | undefined }> {
  try {
    await call;
  } catch (error) {
    if (error instanceof ApiCallError) return { code: error.code, problem: error.issues[0]?.code };
    throw error;
  }
  throw new Error('expected the call to fail');
}
