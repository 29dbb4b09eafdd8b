import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { apiContract } from '../../../../shared/api/contract';
import { command, listChannels, query } from '../../../../shared/api/endpoint';
import { noInput } from '../../../../shared/schemas/common';
import { createDispatch } from '../../../../electron/services/dispatch';
import { contactsSpec } from '../../../../electron/features/contacts/documents';
import { Services } from '../../../../electron/services/services';
import { snapshotFiles } from '../../../support/file-snapshot';
import { createInProcessApi } from '../../../support/in-process-api';
import { makeTempDir } from '../../../support/temp-dir';

const platform = { host: 'browser' as const, appVersion: '0.0.0-test' };

describe('queries and commands', () => {
  it('refuses a write inside a query and leaves the file as it was; a command says what it wrote', async () => {
    const dataDir = makeTempDir('otasuke-query-');
    const services = new Services({ dataDir, platform });
    const writeLanguage = () => {
      services.settings.update((s) => ({ ...s, language: s.language === 'ja' ? 'en' : 'ja' }));
      return null;
    };
    const contract = { probe: { read: query<null>()(noInput, { reads: ['settings'], scope: 'app' }), write: command<null>()(noInput, { scope: 'app' }) } };
    const dispatch = createDispatch(contract, { probe: { read: writeLanguage, write: writeLanguage } }, { resolveWorkspace: () => null, log: () => undefined });
    await dispatch('probe:write', {});
    const before = snapshotFiles(dataDir);

    const refused = await dispatch('probe:read', {});
    expect(refused).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(!refused.ok && refused.error.detail).toContain('probe:read is a query');
    expect(snapshotFiles(dataDir)).toEqual(before);

    expect(await dispatch('probe:write', {})).toEqual({ ok: true, value: null, changed: ['settings'] });
    expect(snapshotFiles(dataDir)).not.toEqual(before);
  });

  it('every endpoint of the contract is declared a query or a command', () => {
    for (const { channel, endpoint } of listChannels(apiContract)) expect([channel, endpoint.kind]).toEqual([channel, expect.stringMatching(/^(query|command)$/)]);
  });
});

describe('no query writes a file', () => {
  it('calls every query channel on a real data folder (cold start, backups due) and finds it byte for byte unchanged', async () => {
    const dataDir = makeTempDir('otasuke-reads-');
    const setup = createInProcessApi({ dataDir, now: () => new Date('2026-11-25T03:00:00Z') });
    await setup.api.workspaces.createDemo();
    const plain = await setup.api.workspaces.create({ name: '株式会社まっさら' });
    // A company from before presets were seeded at creation: no contacts file at all.
    const plainWs = setup.services.workspaces.get(plain.id);
    fs.rmSync(plainWs.document(contactsSpec).path);
    for (const backup of fs.readdirSync(path.join(plainWs.dir, 'backups')).filter((f) => f.startsWith('contacts.'))) fs.rmSync(path.join(plainWs.dir, 'backups', backup));
    await setup.api.workspaces.switchTo({ id: (await setup.api.workspaces.list()).find((w) => w.id !== plain.id)!.id });
    await setup.api.workspaces.prepare();
    const incident = (await setup.api.incidents.list({}))[0]!;
    const exported = await setup.api.workspaces.exportFile({});
    const snapshot = (await setup.api.workspaces.snapshots())[0]!;
    const visit = (await setup.api.visits.list())[0]!;

    const samples: Record<string, unknown> = {
      'incidents:get': { id: incident.id },
      'workspaces:importPreview': { text: Buffer.from(exported.base64, 'base64').toString('utf8') },
      'workspaces:snapshotPreview': { id: snapshot.id },
      'summary:generate': { audience: 'insurer', language: 'en' },
      'summary:insurerSheet': { language: 'ja' },
      'summary:claimSheet': { language: 'ja', incidentId: incident.id },
      'contacts:emergencyCard': { language: 'ja' },
      'evidence:removalImpact': { id: 'no-such-evidence' },
      'registers:exportFile': { register: 'devices', format: 'xlsx', language: 'ja' },
      'registers:importPreview': { register: 'devices', fileName: 'devices.csv', base64: Buffer.from('呼び名,OS\r\n受付PC,Windows 11\r\n').toString('base64') },
      'records:calendar': { today: '2026-11-26' },
      'records:exportIcs': { today: '2026-11-26', language: 'ja' },
      'visits:printVisit': { id: visit.id, language: 'ja' },
      'statistics:exportFacts': { format: 'parquet' },
      'scs:current': { today: '2026-11-26' },
      'scs:packagePdf': { language: 'ja' },
      'scs:answerSheet': { language: 'ja' },
    };
    const queries = listChannels(apiContract).filter((e) => e.endpoint.kind === 'query');
    expect(queries.length).toBeGreaterThan(20);

    const demoId = (await setup.api.workspaces.list()).find((w) => w.id !== plain.id)!.id;
    for (const company of [demoId, plain.id]) {
      // A fresh launch a day later: cold caches, every file opened again, backups and the daily snapshot due.
      const later = createInProcessApi({ dataDir, now: () => new Date('2026-11-26T09:00:00Z') });
      const before = snapshotFiles(dataDir);
      for (const { channel, endpoint } of queries) {
        const named = endpoint.scope === 'app' ? {} : { workspaceId: company };
        const result = await later.dispatch(channel, { ...(samples[channel] as object | undefined), ...named });
        if (!result.ok) expect([channel, result.error.code]).toEqual([channel, company === demoId ? 'ok' : expect.stringMatching(/^(no_workspace|not_found)$/)]);
      }
      expect(Object.keys(snapshotFiles(dataDir)).sort()).toEqual(Object.keys(before).sort());
      expect(snapshotFiles(dataDir)).toEqual(before);
      expect(fs.existsSync(path.join(dataDir, 'workspaces'))).toBe(true);
    }
  }, 60_000);
});
