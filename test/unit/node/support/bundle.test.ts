import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contactsSpec } from '../../../../electron/features/contacts/documents';
import { saveFileRequestSchema } from '../../../../shared/files/schema';
import type { SupportBundle } from '../../../../shared/support/bundle-format';
import { createInProcessApi } from '../../../support/in-process-api';
import { switchableDisk } from '../../../support/switchable-disk';
import { makeTempDir } from '../../../support/temp-dir';

const personal = { company: '株式会社ひまわり堂', other: 'みどり青果', person: '田中一郎', phone: '090-1111-2222', incident: '請求書メールの誤送信' };

async function bundleOf(backend: ReturnType<typeof createInProcessApi>) {
  const file = await backend.api.support.bundle();
  const text = Buffer.from(file.base64, 'base64').toString('utf8');
  return { file, text, bundle: JSON.parse(text) as SupportBundle };
}

/** Two companies with personal data, one of whose contacts files was damaged and recovered at the next start. */
async function usedDataFolder() {
  const dataDir = makeTempDir('otasuke-bundle-');
  const first = createInProcessApi({ dataDir, backupPolicy: { keep: 10, minIntervalMs: 0 } });
  const damaged = await first.api.workspaces.create({ name: personal.company });
  await first.api.contacts.save({ role: 'insurer', organisation: personal.company, person: personal.person, phones: [{ label: '', number: personal.phone }] });
  await first.api.incidents.create({ title: personal.incident, discoveredAt: '2026-11-24' });
  await first.api.workspaces.create({ name: personal.other });
  fs.writeFileSync(first.services.workspaces.get(damaged.id).document(contactsSpec).path, '{ broken');
  const later = createInProcessApi({ dataDir });
  await later.api.workspaces.switchTo({ id: damaged.id });
  await later.api.contacts.list();
  return { dataDir, later, damagedId: damaged.id };
}

describe('support bundle', () => {
  it('holds versions, storage health, each company by number and id with its file counts, and the log', async () => {
    const { later, damagedId } = await usedDataFolder();
    const { file, bundle, text } = await bundleOf(later);

    expect(file.fileName).toMatch(/^otasuke-support-\d{8}-\d{4}\.json$/);
    // Saved through the same path as every export (the save dialog's request check).
    expect(saveFileRequestSchema.safeParse({ fileName: file.fileName, mimeType: file.mimeType, base64: file.base64 }).success).toBe(true);
    expect(bundle).toMatchObject({
      format: 'otasuke-support-bundle',
      app: { version: '0.0.0-test', host: 'browser', node: process.versions.node, os: { platform: process.platform } },
      storage: { problem: null, companies: 2 },
    });
    const [one, two] = bundle.companies;
    expect(one).toMatchObject({ number: 1, id: damagedId, setAside: 1, lastRecoveryAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/) });
    expect(one!.documents).toBeGreaterThanOrEqual(4);
    expect(one!.backups).toBeGreaterThan(0);
    expect(two).toMatchObject({ number: 2, setAside: 0, lastRecoveryAt: null });
    expect(bundle.noticesThisLaunch).toEqual([expect.objectContaining({ kind: 'restored_from_backup', document: 'contacts', reason: 'unreadable' })]);

    const lines = bundle.log.files.flatMap((f) => f.lines) as Record<string, unknown>[];
    expect(lines.some((l) => l.event === 'app_started')).toBe(true);
    expect(lines.some((l) => l.event === 'restored_from_backup' && l.document === 'contacts')).toBe(true);
    expect(lines.some((l) => l.channel === 'contacts:save' && l.result === 'ok')).toBe(true);
    // Read in a text editor: the rest indented, each log event on a line of its own.
    const textLines = text.split('\n').map((l) => l.replace(/,$/, ''));
    for (const line of lines) expect(textLines).toContain(`          ${JSON.stringify(line)}`);
    expect(textLines).toContain('  "storage": {');
  });

  it('contains no company name, contact, phone number, incident title or data-folder path', async () => {
    const { dataDir, later } = await usedDataFolder();
    const { text } = await bundleOf(later);
    for (const secret of [...Object.values(personal), dataDir]) expect(text).not.toContain(secret);
  });

  it('on a full disk it still opens, says saving is refused, and the log shows when it began', async () => {
    const disk = switchableDisk();
    const backend = createInProcessApi({ fileFactory: disk.factory });
    await backend.api.workspaces.create({ name: personal.company });
    disk.fail('ENOSPC');
    await expect(backend.api.contacts.save({ role: 'insurer', organisation: personal.other })).rejects.toMatchObject({ code: 'storage_full' });

    const { bundle } = await bundleOf(backend);
    expect(bundle.storage.problem).toBe('storage_full');
    const lines = bundle.log.files.flatMap((f) => f.lines) as Record<string, unknown>[];
    expect(lines).toEqual(expect.arrayContaining([expect.objectContaining({ event: 'storage_problem', code: 'storage_full' })]));
  });
});
