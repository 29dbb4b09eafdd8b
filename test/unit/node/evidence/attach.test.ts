import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { evidenceLimits } from '../../../../shared/evidence/schema';
import { createInProcessApi } from '../../../support/in-process-api';

const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(2_500_000, 7)]);
const details = { title: 'バックアップ画面のスクリーンショット', proves: '毎晩外付けディスクへ保存している', appliesOn: '2026-11-30', providedBy: '佐藤', reviewBy: '2027-05-31', claims: [{ kind: 'selfCheckAnswer' as const, id: 'q11' }] };

async function company() {
  const app = createInProcessApi();
  const ws = await app.api.workspaces.create({ name: 'やまだ商店' });
  return { ...app, dir: app.services.workspaces.get(ws.id).dir };
}

type App = Awaited<ReturnType<typeof company>>;

/** Sends `bytes` as the page does: announced size, then 1 MiB chunks in order. */
async function upload(app: App, bytes: Buffer, name = 'backup.png') {
  const { token } = await app.api.evidence.beginUpload({ originalName: name, bytes: bytes.length });
  for (let offset = 0; offset < bytes.length; offset += evidenceLimits.chunkBytes) {
    await app.api.evidence.uploadChunk({ token, offset, base64: bytes.subarray(offset, offset + evidenceLimits.chunkBytes).toString('base64') });
  }
  return token;
}

const filesIn = (dir: string) => (fs.existsSync(path.join(dir, 'evidence')) ? fs.readdirSync(path.join(dir, 'evidence')) : []);

describe('evidence files', () => {
  it('copies a screenshot into the company folder with its SHA-256, and lists it as intact', async () => {
    const app = await company();
    const evidence = await app.api.evidence.attachFile({ token: await upload(app, png), details });
    expect(evidence.file).toMatchObject({ type: 'png', bytes: png.length, sha256: createHash('sha256').update(png).digest('hex'), originalName: 'backup.png' });
    const stored = path.join(app.dir, 'evidence', evidence.file!.storedAs);
    expect(fs.readFileSync(stored).equals(png)).toBe(true);
    const [listed] = await app.api.evidence.list();
    expect(listed).toMatchObject({ id: evidence.id, integrity: 'intact', claims: details.claims });
  });

  it('finds a file changed (same size) or deleted on disk', async () => {
    const app = await company();
    const a = await app.api.evidence.attachFile({ token: await upload(app, png), details });
    const b = await app.api.evidence.attachFile({ token: await upload(app, png), details: { ...details, title: '二枚目' } });
    const fileA = path.join(app.dir, 'evidence', a.file!.storedAs);
    const changed = fs.readFileSync(fileA);
    changed[100] = changed[100]! ^ 1;
    fs.writeFileSync(fileA, changed);
    fs.rmSync(path.join(app.dir, 'evidence', b.file!.storedAs));
    const byId = Object.fromEntries((await app.api.evidence.verify()).map((e) => [e.id, e.integrity]));
    expect(byId).toEqual({ [a.id]: 'changed', [b.id]: 'missing' });
  });

  it('refuses an .exe renamed .png, and keeps nothing of it', async () => {
    const app = await company();
    const exe = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'), Buffer.alloc(5000, 0)]);
    const token = await upload(app, exe, 'photo.png');
    await expect(app.api.evidence.attachFile({ token, details })).rejects.toMatchObject({ code: 'invalid_file' });
    expect(await app.api.evidence.list()).toEqual([]);
    expect(filesIn(app.dir)).toEqual([]);
  });

  it('refuses a file over the limit before any byte is sent, and chunks out of order or past the size', async () => {
    const app = await company();
    await expect(app.api.evidence.beginUpload({ originalName: 'big.pdf', bytes: evidenceLimits.fileBytes + 1 })).rejects.toMatchObject({ code: 'invalid_request' });
    const { token } = await app.api.evidence.beginUpload({ originalName: 'a.pdf', bytes: 10 });
    await expect(app.api.evidence.uploadChunk({ token, offset: 5, base64: Buffer.from('x').toString('base64') })).rejects.toMatchObject({ code: 'conflict' });
    await expect(app.api.evidence.uploadChunk({ token, offset: 0, base64: Buffer.alloc(11).toString('base64') })).rejects.toMatchObject({ code: 'too_large' });
    expect(filesIn(app.dir)).toEqual([]);
  });

  it('a file cut short (fewer bytes than announced) is refused and removed', async () => {
    const app = await company();
    const { token } = await app.api.evidence.beginUpload({ originalName: 'a.pdf', bytes: 100 });
    await app.api.evidence.uploadChunk({ token, offset: 0, base64: Buffer.from('%PDF-1.7 only part').toString('base64') });
    await expect(app.api.evidence.attachFile({ token, details })).rejects.toMatchObject({ code: 'invalid_request' });
    expect(filesIn(app.dir)).toEqual([]);
  });

  it("another company's upload token is unknown here", async () => {
    const app = await company();
    const token = await upload(app, png);
    const other = await app.api.workspaces.create({ name: 'つぎの店' });
    await app.api.workspaces.switchTo({ id: other.id });
    await expect(app.api.evidence.attachFile({ token, details })).rejects.toMatchObject({ code: 'not_found' });
  });
});

describe('evidence records', () => {
  it('a note with a link: only http(s), and a review date not before the day it applies to', async () => {
    const app = await company();
    await expect(app.api.evidence.addNote({ details, url: 'javascript:alert(1)', note: '' })).rejects.toMatchObject({ code: 'invalid_request' });
    await expect(app.api.evidence.addNote({ details: { ...details, reviewBy: '2026-01-01' }, url: 'https://example.jp/a', note: '' })).rejects.toMatchObject({ code: 'invalid_request' });
    await expect(app.api.evidence.addNote({ details, url: '', note: '' })).rejects.toMatchObject({ code: 'invalid_request' });
    const note = await app.api.evidence.addNote({ details, url: 'https://example.jp/backup-policy', note: '保守業者の作業報告書（紙）を事務所の棚に保管' });
    expect(note.file).toBeNull();
    expect(await app.api.evidence.list()).toEqual([expect.objectContaining({ id: note.id, integrity: null })]);
  });

  it('deleting evidence says first which claims lose their only support; the file goes with the record', async () => {
    const app = await company();
    const a = await app.api.evidence.attachFile({ token: await upload(app, png), details });
    const b = await app.api.evidence.addNote({ details: { ...details, claims: [{ kind: 'selfCheckAnswer', id: 'q11' }, { kind: 'action', id: 'action-1' }] }, url: 'https://example.jp', note: '' });
    expect(await app.api.evidence.removalImpact({ id: a.id })).toEqual([]);
    expect(await app.api.evidence.removalImpact({ id: b.id })).toEqual([{ kind: 'action', id: 'action-1' }]);
    await app.api.evidence.remove({ id: a.id });
    expect(filesIn(app.dir)).toEqual([]);
    expect(await app.api.evidence.removalImpact({ id: b.id })).toEqual([...details.claims, { kind: 'action', id: 'action-1' }]);
  });

  it('one piece of evidence supports several claims; unlinking one keeps the others', async () => {
    const app = await company();
    const e = await app.api.evidence.addNote({ details, url: 'https://example.jp', note: '' });
    await app.api.evidence.link({ id: e.id, claim: { kind: 'incident', id: 'incident-7' }, linked: true });
    const after = await app.api.evidence.link({ id: e.id, claim: { kind: 'selfCheckAnswer', id: 'q11' }, linked: false });
    expect(after.claims).toEqual([{ kind: 'incident', id: 'incident-7' }]);
  });
});

describe('an upload the app did not finish', () => {
  it('leaves a temp file that the next start removes once its process is gone', async () => {
    const app = await company();
    const { token } = await app.api.evidence.beginUpload({ originalName: 'a.pdf', bytes: 100 });
    await app.api.evidence.uploadChunk({ token, offset: 0, base64: Buffer.from('%PDF-1.7').toString('base64') });
    const [temp] = filesIn(app.dir);
    expect(temp).toMatch(/^\.upload\.\d+\.[0-9a-f]{8}\.tmp$/);
    // As if a killed process (a pid that is not running) had left it.
    fs.renameSync(path.join(app.dir, 'evidence', temp!), path.join(app.dir, 'evidence', temp!.replace(/\.\d+\./, '.999999999.')));
    createInProcessApi({ dataDir: app.dataDir });
    expect(filesIn(app.dir)).toEqual([]);
  });
});

describe('attaching a file the back end can read (command line, file picker)', () => {
  it('keeps the same bytes and hash, and refuses a missing file or a disguised executable', async () => {
    const { stageFromFile } = await import('../../../../electron/features/evidence/uploads');
    const dir = fs.mkdtempSync(path.join(fs.realpathSync(os.tmpdir()), 'otasuke-stage-'));
    const source = path.join(dir, 'scan.png');
    fs.writeFileSync(source, png);
    const staged = await stageFromFile(path.join(dir, 'evidence'), source);
    expect(staged).toMatchObject({ type: 'png', bytes: png.length, sha256: createHash('sha256').update(png).digest('hex') });
    expect(fs.readFileSync(staged.temp).equals(png)).toBe(true);
    await expect(stageFromFile(path.join(dir, 'evidence'), path.join(dir, 'gone.png'))).rejects.toMatchObject({ code: 'not_found' });
    fs.writeFileSync(path.join(dir, 'setup.png'), Buffer.concat([Buffer.from('MZ'), Buffer.alloc(100, 0)]));
    await expect(stageFromFile(path.join(dir, 'evidence'), path.join(dir, 'setup.png'))).rejects.toMatchObject({ code: 'invalid_file' });
    expect(fs.readdirSync(path.join(dir, 'evidence'))).toEqual([path.basename(staged.temp)]);
  });
});

describe('the demo company', () => {
  it('has a backup log file behind Q11 (intact), a note and an expired training record', async () => {
    const app = createInProcessApi();
    await app.api.workspaces.createDemo();
    const evidence = await app.api.evidence.verify();
    expect(evidence).toHaveLength(3);
    expect(evidence.find((e) => e.file)).toMatchObject({ integrity: 'intact', file: { type: 'text' }, claims: [{ kind: 'selfCheckAnswer', id: 'q11' }] });
    expect(evidence.filter((e) => e.reviewBy && e.reviewBy < new Date().toISOString().slice(0, 10)).map((e) => e.title)).toEqual(['セキュリティ研修の受講記録']);
  });
});
