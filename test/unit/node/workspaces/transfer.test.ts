import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { findDocumentSpec, type RegistryEntry } from '../../../../electron/services/store/document-registry';
import { featureDocuments as documentRegistry } from '../../../../electron/features';
import type { DocumentSpec } from '../../../../electron/services/store/document-spec';
import { readExportText, readWorkspaceExport } from '../../../../electron/features/workspaces/transfer/read-export';
import { makeTempDir } from '../../../support/temp-dir';
import { exportText, folderDigest, rejection, setupWithCompanies } from './helpers';

describe('export and import', () => {
  it('round-trips an encrypted export into a new company with the same data and fingerprint', async () => {
    const { api } = await setupWithCompanies();
    const demoProfile = await api.profile.get();
    const { text, file } = await exportText(api, 'correct horse battery');
    expect(file.fileName).toMatch(/^サンプル株式会社-\d{4}-\d{2}-\d{2}\.otasuke$/);
    expect(file.fingerprint).toMatch(/^[0-9A-F]{4}(-[0-9A-F]{4}){3}$/);
    // The company's data is not readable in the encrypted file.
    expect(text).not.toContain('サンプル');

    const { token, preview } = await api.workspaces.importPreview({ text, passphrase: 'correct horse battery' });
    expect(preview).toMatchObject({ company: 'サンプル株式会社', encrypted: true, appVersion: '0.0.0-test', fingerprint: file.fingerprint });
    expect(preview.counts.profile).toBe(1);
    expect(await api.workspaces.list()).toHaveLength(2); // nothing written yet

    const imported = await api.workspaces.importCommit({ token, mode: 'new' });
    expect(await api.workspaces.list()).toHaveLength(3);
    expect((await api.workspaces.get()).id).toBe(imported.id);
    expect(await api.profile.get()).toEqual(demoProfile);
    // Same data, same fingerprint, even though the new company has its own id.
    expect((await exportText(api)).file.fingerprint).toBe(file.fingerprint);
    // A token is used once.
    expect((await rejection(api.workspaces.importCommit({ token, mode: 'new' }))).code).toBe('not_found');
  });

  it('replace keeps the company id, takes a snapshot first, and the snapshot restores it', async () => {
    const { api, advance } = await setupWithCompanies();
    const yamada = (await api.workspaces.list()).find((w) => w.name === '株式会社やまだ商店')!;
    const { text } = await exportText(api); // the demo company
    await api.workspaces.switchTo({ id: yamada.id });
    advance(1000);
    const { token } = await api.workspaces.importPreview({ text });
    const replaced = await api.workspaces.importCommit({ token, mode: 'replace' });
    expect(replaced.id).toBe(yamada.id);
    expect((await api.profile.get())?.name).toBe('サンプル株式会社');

    const snapshots = await api.workspaces.snapshots();
    const before = snapshots.find((s) => s.reason === 'before_replace')!;
    expect(before.size).toBeGreaterThan(100);
    expect((await api.workspaces.snapshotPreview({ id: before.id })).company).toBe('株式会社やまだ商店');
    advance(1000);
    await api.workspaces.restoreSnapshot({ id: before.id });
    expect((await api.profile.get())?.name).toBe('株式会社やまだ商店');
    expect((await api.profile.get())?.employees).toBe(8);
    // Restoring kept what was there just before, so it can be undone too.
    expect((await api.workspaces.snapshots()).some((s) => s.reason === 'before_restore')).toBe(true);
  });

  it('rename changes the company name everywhere; delete asks for the name and keeps a snapshot', async () => {
    const { api, dataDir } = await setupWithCompanies();
    const demo = await api.workspaces.get();
    await api.workspaces.rename({ id: demo.id, name: 'サンプル商事' });
    expect((await api.profile.get())?.name).toBe('サンプル商事');
    expect((await rejection(api.workspaces.remove({ id: demo.id, confirmName: '違う名前' }))).problem).toBe('confirm_mismatch');
    await api.workspaces.remove({ id: demo.id, confirmName: 'サンプル商事' });
    expect((await api.workspaces.list()).map((w) => w.name)).toEqual(['株式会社やまだ商店']);
    // The window that showed it is told so; a window opening now gets the company that is left.
    expect((await rejection(api.workspaces.get())).code).toBe('no_workspace');
    expect((await api.workspaces.lastOpened())?.name).toBe('株式会社やまだ商店');
    const kept = fs.readdirSync(path.join(dataDir, 'snapshots', demo.id));
    expect(kept.some((f) => f.endsWith('.before_delete.otasuke'))).toBe(true);
  });

  it('takes one daily snapshot per launch when the company is opened', async () => {
    const { api } = await setupWithCompanies();
    await api.workspaces.prepare();
    await api.workspaces.prepare();
    expect((await api.workspaces.snapshots()).filter((s) => s.reason === 'daily')).toHaveLength(1);
  });

  it('an unregistered document file in a workspace makes export fail loudly', async () => {
    const { api, services } = await setupWithCompanies();
    fs.writeFileSync(path.join(services.requestWorkspace().dir, 'incidents-2026.json'), '{"schemaVersion":1,"data":[]}');
    const result = await rejection(api.workspaces.exportFile({}));
    expect(result.code).toBe('internal');
  });

  it('readWorkspaceExport reads a file for the summary command line; refuses one over 50 MB', async () => {
    const { api } = await setupWithCompanies();
    const dir = makeTempDir('otasuke-read-');
    const file = path.join(dir, 'demo.otasuke');
    fs.writeFileSync(file, (await exportText(api, 'correct horse battery')).text);
    const { meta, documents } = await readWorkspaceExport(file, 'correct horse battery', documentRegistry);
    expect(meta.name).toBe('サンプル株式会社');
    expect((documents.profile as { name: string }).name).toBe('サンプル株式会社');
    const big = path.join(dir, 'big.otasuke');
    fs.writeFileSync(big, Buffer.alloc(100 * 1024 * 1024, 0x20));
    await expect(readWorkspaceExport(big, undefined, documentRegistry)).rejects.toMatchObject({ code: 'too_large' });
  });
});

describe('document registry', () => {
  const bucket = (name: string): DocumentSpec<unknown> => ({ name, schema: z.array(z.string()), version: 1, empty: () => [] });
  // One version newer than the app's profile (2), migrating from it.
  const v2: DocumentSpec<unknown> = {
    name: 'profile',
    schema: z.object({ name: z.string(), renamed: z.literal(true) }).loose(),
    version: 3,
    migrations: { 2: (data) => ({ ...(data as object), renamed: true }) },
    empty: () => null,
  };
  // The real registry, with the profile replaced by a newer version and a test-only sharded kind.
  const registry: RegistryEntry[] = [
    { spec: v2 },
    ...documentRegistry.filter((entry) => !('spec' in entry && entry.spec.name === 'profile')),
    { pattern: /^incidents-\d{4}$/, specFor: bucket },
  ];

  it('finds single and sharded documents, and nothing for an unknown name', () => {
    expect(findDocumentSpec('incidents-2026', registry)?.name).toBe('incidents-2026');
    expect(findDocumentSpec('incidents-x', registry)).toBeNull();
    expect(findDocumentSpec('profile', documentRegistry)?.version).toBe(2);
  });

  it('migrates documents from an older schema version on import', async () => {
    const { api } = await setupWithCompanies();
    const { preview, documents } = await readExportText((await exportText(api)).text, undefined, registry);
    expect(preview.company).toBe('サンプル株式会社');
    expect(documents.profile).toMatchObject({ name: 'サンプル株式会社', renamed: true });
  });

  it('keeps the data folder identical when a preview is never committed', async () => {
    const { api, dataDir } = await setupWithCompanies();
    const { text } = await exportText(api);
    const before = folderDigest(dataDir);
    await api.workspaces.importPreview({ text });
    expect(folderDigest(dataDir)).toEqual(before);
  });
});
