import fs from 'node:fs';
import path from 'node:path';
import { writeFileSync as atomicWrite } from 'atomically';
import { expect, it } from 'vitest';
import { createApi } from '../../electron/services/create-api';
import { bucketOf, incidentBucketSpec } from '../../electron/features/incidents/documents';
import { incidentsOf } from '../../electron/features/incidents/repository';
import { editableFields, recordOf } from '../../shared/incidents/schema';
import { jsonStoreFile } from '../../electron/services/store/backend';
import { makeTempDir } from '../support/temp-dir';
import { medianMs, recordRatio } from './support';
import { makeIncidents } from './incident-fixtures';

it('saving one incident with 10,000 stored costs about one small atomic write', async () => {
  const { services, dispatch } = createApi({ dataDir: makeTempDir('otasuke-bench-'), platform: { host: 'browser', appVersion: 'bench' } });
  const ws = services.workspaces.create('ベンチ株式会社');
  services.open(ws.id);
  const incidents = makeIncidents(10_000);
  incidentsOf(ws).saveMany(incidents);
  expect(incidentsOf(ws).all()).toHaveLength(10_000);

  const target = incidents[4321]!;
  const bucketFile = ws.document(incidentBucketSpec(bucketOf(target.id))).path;
  const bucketBytes = fs.statSync(bucketFile).size;
  const allBytes = fs.readdirSync(ws.dir).filter((f) => f.startsWith('incidents-b')).reduce((sum, f) => sum + fs.statSync(path.join(ws.dir, f)).size, 0);

  let n = 0;
  // The storage path of a save: validate the incident's bucket, rewrite it atomically, bookkeeping.
  const save = () => {
    n += 1;
    incidentsOf(ws).save({ ...target, title: `更新 ${n}` });
  };
  // The whole API path (request validation, the back end's checks, then the same save), logged.
  const apiSave = async () => {
    n += 1;
    const current = incidentsOf(ws).get(target.id)!;
    const result = (await dispatch('incidents:update', {
      workspaceId: ws.id,
      id: target.id,
      revision: current.revision,
      incident: { ...recordOf(editableFields(current)), title: `更新 ${n}` },
    })) as { ok: boolean };
    if (!result.ok) throw new Error('save failed');
  };
  // Baseline: one raw atomic write of that bucket's content through the file backend every
  // document uses (conf here, electron-store in Electron): no validation, no bookkeeping.
  const rawValue = JSON.parse(fs.readFileSync(bucketFile, 'utf8')) as unknown;
  const rawFile = jsonStoreFile({ cwd: ws.dir, configName: 'raw-baseline' });
  const rawWrite = () => rawFile.write(rawValue);
  // For the record: the bare `atomically` write under conf (conf adds its own work on top).
  const rawContent = fs.readFileSync(bucketFile, 'utf8');
  const bareMs = await medianMs(() => atomicWrite(path.join(ws.dir, 'bare-baseline.json'), rawContent, { mode: 0o600 }), 25, 5);

  // Interleaved, so load from other work on this shared machine hits both sides alike.
  const saveTimes: number[] = [];
  const rawTimes: number[] = [];
  for (let i = 0; i < 45; i += 1) {
    saveTimes.push(await medianMs(save, 1, i < 5 ? 1 : 0));
    rawTimes.push(await medianMs(rawWrite, 1, i < 5 ? 1 : 0));
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const saveMs = median(saveTimes);
  const rawMs = median(rawTimes);
  const apiMs = await medianMs(apiSave, 15, 3);
  const ratio = recordRatio({
    name: 'incident-save-10k',
    measured: `save one incident, 10,000 stored (bucket ${Math.round(bucketBytes / 1024)} KB of ${Math.round(allBytes / 1024)} KB)`,
    baseline: 'one raw atomic write of that bucket file (store backend)',
    value: saveMs,
    baselineValue: rawMs,
    unit: 'ms',
    target: 1.5,
  });
  console.log(`save ${saveMs.toFixed(2)} ms, via API ${apiMs.toFixed(2)} ms, raw ${rawMs.toFixed(2)} ms, bare atomically ${bareMs.toFixed(2)} ms, ratio ${ratio.toFixed(2)}; bucket ${bucketBytes} B, all ${allBytes} B`);
  expect((await incidentsOf(ws).get(target.id))?.title).toMatch(/^更新/);
  // One save rewrites a small slice of the data, never megabytes.
  expect(bucketBytes).toBeLessThan(allBytes / 50);
});
