import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { openRotatingStream } from '../../../../electron/services/log/log-file';
import { logsDir, SupportLog } from '../../../../electron/services/log/support-log';
import { createInProcessApi } from '../../../support/in-process-api';
import { switchableDisk } from '../../../support/switchable-disk';
import { makeTempDir } from '../../../support/temp-dir';

/** Things a shop owner typed: none may ever appear in the support log. */
const personal = {
  company: 'やまだ商店ZQX',
  person: '佐藤花子QJ',
  phone: '03-9876-5432',
  incident: 'ランサム被害の件WKV',
  passphrase: 'correct horse battery staple 99',
};

const readLog = (dataDir: string) => {
  const dir = logsDir(dataDir);
  return fs.readdirSync(dir).filter((n) => n.startsWith('otasuke.log')).map((n) => fs.readFileSync(path.join(dir, n), 'utf8')).join('');
};
const linesOf = (text: string) => text.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);

/** A disk that refuses every write, as a full one does. */
const fullDisk = () =>
  new Writable({ write: (_chunk, _enc, done) => done(Object.assign(new Error('no space left'), { code: 'ENOSPC' })) });
/** A disk that never answers (a hung network drive): writes are accepted and never finish. */
const hungDisk = () => new Writable({ highWaterMark: 1, write: () => undefined });

async function useTheApp(backend: ReturnType<typeof createInProcessApi>) {
  await backend.api.workspaces.create({ name: personal.company });
  await backend.api.contacts.save({ role: 'insurer', organisation: personal.company, person: personal.person, phones: [{ label: '', number: personal.phone }] });
  await backend.api.incidents.create({ title: personal.incident, discoveredAt: '2026-11-24' });
  await backend.api.workspaces.exportFile({ passphrase: personal.passphrase });
  // A refused call carrying the same data: its error code is logged, its payload is not.
  return backend.dispatchInWindow('contacts:save', { role: 'insurer', organisation: personal.company, person: personal.person, email: `${personal.person}@` });
}

describe('support log', () => {
  it('records each API call by channel, time and result code, and nothing the user typed', async () => {
    const backend = createInProcessApi();
    const refused = await useTheApp(backend);
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    await backend.services.supportLog.flush();

    const text = readLog(backend.dataDir);
    const lines = linesOf(text);
    expect(lines[0]).toMatchObject({ event: 'app_started', host: 'browser', appVersion: '0.0.0-test', node: process.versions.node, os: { platform: os.platform() } });
    const calls = lines.filter((l) => l.event === 'api');
    expect(calls.map((l) => l.channel)).toEqual(expect.arrayContaining(['workspaces:create', 'contacts:save', 'incidents:create', 'workspaces:exportFile']));
    expect(calls.find((l) => l.channel === 'incidents:create')).toMatchObject({ result: 'ok', ms: expect.any(Number) });
    expect(calls.at(-1)).toMatchObject({ channel: 'contacts:save', result: 'invalid_request', level: 'warn' });

    for (const secret of [...Object.values(personal), backend.dataDir, os.hostname()]) expect(text).not.toContain(secret);
    expect(fs.statSync(path.join(logsDir(backend.dataDir), 'otasuke.log')).mode & 0o777).toBe(0o600);
  });

  it('a channel that is not in the contract is logged as (unknown), not as the text the caller sent', async () => {
    const backend = createInProcessApi();
    expect(await backend.dispatch(`${personal.person}:call`, {})).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
    await backend.services.supportLog.flush();
    const text = readLog(backend.dataDir);
    expect(text).toContain('"channel":"(unknown)","ms"');
    expect(text).not.toContain(personal.person);
  });

  it('records storage trouble: a full disk and its end, an interrupted replace finished at the next start', async () => {
    const dataDir = makeTempDir('otasuke-log-');
    const disk = switchableDisk();
    const first = createInProcessApi({ dataDir, fileFactory: disk.factory });
    const company = await first.api.workspaces.create({ name: personal.company });
    disk.fail('ENOSPC');
    await expect(first.api.contacts.save({ role: 'insurer', organisation: personal.company })).rejects.toMatchObject({ code: 'storage_full' });
    disk.heal();
    await first.api.contacts.save({ role: 'insurer', organisation: personal.company });
    // A crash between the two renames of a replace: the complete new data waits in staging.
    const root = path.join(dataDir, 'workspaces');
    fs.cpSync(path.join(root, company.id), path.join(root, '.staging-0f9c2a51-8d7e-4b7a-9a51-3c1f2e4d5a6b'), { recursive: true });
    fs.renameSync(path.join(root, company.id), path.join(root, '.replaced-7e1d3c9b-2f4a-4c8e-b1d6-5a9e8f7c6b5d'));
    await first.services.supportLog.flush();
    const later = createInProcessApi({ dataDir });
    await later.services.supportLog.flush();

    const text = readLog(dataDir);
    const events = linesOf(text).map((l) => [l.event, l.code ?? l.reason ?? null]);
    expect(events).toEqual(expect.arrayContaining([['storage_problem', 'storage_full'], ['storage_ok', null], ['operation_finished', 'interrupted']]));
    expect(events.findIndex((e) => e[0] === 'storage_problem')).toBeLessThan(events.findIndex((e) => e[0] === 'storage_ok'));
    expect(text).not.toContain(personal.company);
  });

  it('rotates at the size limit and keeps only the newest files', async () => {
    const dir = makeTempDir('otasuke-log-');
    const log = new SupportLog({ dir, maxBytes: 4096, keep: 2 });
    for (let i = 0; i < 300; i += 1) log.apiCall(`contacts:list`, i, i === 299 ? 'last_one' : 'ok');
    await log.flush();

    expect(fs.readdirSync(dir).sort()).toEqual(['otasuke.log', 'otasuke.log.1', 'otasuke.log.2']);
    const longestLine = 120;
    for (const name of ['otasuke.log.1', 'otasuke.log.2']) {
      const size = fs.statSync(path.join(dir, name)).size;
      // Rotated as soon as a line took it past the limit: never more than one line over.
      expect(size).toBeGreaterThanOrEqual(4096);
      expect(size).toBeLessThan(4096 + longestLine);
      expect(fs.statSync(path.join(dir, name)).mode & 0o777).toBe(0o600);
    }
    const kept = linesOf(readLogIn(dir));
    expect(kept.length).toBeLessThan(300); // the oldest files were dropped
    expect(linesOf(fs.readFileSync(path.join(dir, 'otasuke.log'), 'utf8')).at(-1)).toMatchObject({ result: 'last_one' });
    expect(log.file.files().map((f) => path.basename(f))).toEqual(['otasuke.log', 'otasuke.log.1', 'otasuke.log.2']);
  });

  it('closes its file when idle and opens it again for the next line, losing nothing', async () => {
    const dir = makeTempDir('otasuke-log-');
    let opened = 0;
    const log = new SupportLog({ dir, closeWhenIdleMs: 30, openStream: (o) => ((opened += 1), openRotatingStream(o)) });
    log.apiCall('contacts:list', 1, 'before_idle');
    await new Promise((resolve) => setTimeout(resolve, 200));
    log.apiCall('contacts:list', 1, 'after_idle');
    await log.flush();
    expect(linesOf(readLogIn(dir)).map((l) => l.result)).toEqual(['before_idle', 'after_idle']);
    expect(opened).toBe(2); // closed while idle, opened again
  });
});

describe('a log that cannot be written never gets in the way', () => {
  it('a log folder that cannot be made (a file in its place): every call still answers as before', async () => {
    const dataDir = makeTempDir('otasuke-nolog-');
    fs.writeFileSync(path.join(dataDir, 'logs'), 'not a folder');
    const backend = createInProcessApi({ dataDir });
    await useTheApp(backend);
    expect((await backend.api.incidents.list({})).map((i) => i.title)).toEqual([personal.incident]);
    expect(backend.services.supportLog.file.dropped).toBeGreaterThan(0);
  });

  it('a full disk: calls succeed, the error is swallowed, and logging resumes once the disk takes writes again', async () => {
    let now = 0;
    let disk = fullDisk;
    const backend = createInProcessApi({ supportLog: { openStream: () => disk(), now: () => now } });
    await useTheApp(backend);
    expect((await backend.api.contacts.list()).some((c) => c.person === personal.person)).toBe(true);
    const droppedWhileFull = backend.services.supportLog.file.dropped;
    expect(droppedWhileFull).toBeGreaterThan(0);

    const healed: string[] = [];
    disk = () => new Writable({ write: (chunk, _enc, done) => (healed.push(String(chunk)), done()) });
    now += 60_000; // past the retry pause
    await backend.api.contacts.list();
    await backend.api.contacts.list();
    expect(healed.join('')).toContain('"channel":"contacts:list"');
  });

  it('a disk that never answers: a thousand calls still answer at once, and the waiting lines stay bounded', async () => {
    const backend = createInProcessApi({ supportLog: { openStream: hungDisk, maxPendingBytes: 16 * 1024 } });
    await backend.api.workspaces.create({ name: personal.company });
    const started = performance.now();
    for (let i = 0; i < 1000; i += 1) await backend.api.contacts.list();
    expect(performance.now() - started).toBeLessThan(10_000);
    // Lines beyond the bounded backlog are dropped rather than held in memory for ever.
    expect(backend.services.supportLog.file.dropped).toBeGreaterThan(0);
    const flushed = performance.now();
    await backend.services.supportLog.flush();
    expect(performance.now() - flushed).toBeLessThan(5000); // flush gives up rather than wait for ever
  });
});

function readLogIn(dir: string): string {
  return fs.readdirSync(dir).map((n) => fs.readFileSync(path.join(dir, n), 'utf8')).join('');
}
