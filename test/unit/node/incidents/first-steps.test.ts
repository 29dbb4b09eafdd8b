import { describe, expect, it } from 'vitest';
import { createInProcessApi } from '../../../support/in-process-api';
import { incidentBucketSpec } from '../../../../electron/features/incidents/documents';
import { decodeDocument } from '../../../../electron/services/store/document-spec';
import { incidentReporting } from '../../../../shared/incidents/reporting';

const now = new Date('2026-11-25T09:00:00');

async function setup() {
  const backend = createInProcessApi({ now: () => now });
  await backend.api.profile.save({ name: '株式会社テスト' });
  return backend;
}

describe('the first-steps checklist on an incident', () => {
  it('stores a tick with its time and a timeline entry, and takes both back on untick', async () => {
    const { api } = await setup();
    const created = await api.incidents.create({ title: 'ウイルス感染', discoveredAt: '2026-11-25' });
    const ticked = await api.incidents.tickFirstStep({ id: created.id, item: 'disconnect', done: true, today: '2026-11-25' });
    expect(ticked.firstSteps).toEqual([{ item: 'disconnect', doneAt: now.toISOString(), timelineEntryId: ticked.timeline[0]!.id }]);
    expect(ticked.timeline[0]).toMatchObject({ date: '2026-11-25', kind: 'done' });
    expect(ticked.timeline[0]!.text).toContain('ネットワークから切り離して');
    // Ticking again (another window) changes nothing.
    const again = await api.incidents.tickFirstStep({ id: created.id, item: 'disconnect', done: true });
    expect(again.timeline).toHaveLength(1);
    const unticked = await api.incidents.tickFirstStep({ id: created.id, item: 'disconnect', done: false });
    expect(unticked).toMatchObject({ firstSteps: [], timeline: [] });
    expect((await api.incidents.get({ id: created.id })).firstSteps).toEqual([]);
  });

  it('keeps ticks made on the new-incident form, each in the timeline', async () => {
    const { api } = await setup();
    const created = await api.incidents.create({
      title: 'ウイルス感染',
      discoveredAt: '2026-11-25',
      firstSteps: [{ item: 'tellOwner', doneAt: '2026-11-25T08:55:00+09:00' }],
    });
    expect(created.firstSteps).toMatchObject([{ item: 'tellOwner', doneAt: '2026-11-25T08:55:00+09:00' }]);
    expect(created.timeline.map((e) => e.text)).toEqual([expect.stringContaining('担当者と社長にすぐ知らせる')]);
  });
});

describe('incidents stored before these fields existed', () => {
  it('still open, and an old ransomware record now counts as possibly malicious', () => {
    const old = {
      id: 'incident-old-1',
      title: '古い記録',
      category: 'malware',
      discoveredAt: '2026-01-10',
      createdAt: '2026-01-10T10:00:00+09:00',
      updatedAt: '2026-01-10T10:00:00+09:00',
      personalData: { involved: true, people: 500, sensitive: false, financial: false, malicious: false, encrypted: false, dataItems: '' },
    };
    const [incident] = decodeDocument(incidentBucketSpec(0), { schemaVersion: 1, data: [old] });
    expect(incident).toMatchObject({ firstSteps: [], personalData: { notMaliciousReason: '' } });
    const reporting = incidentReporting(incident!, '2026-01-10');
    expect(reporting.decision.triggers).toEqual(['malicious']);
    expect(reporting.deadlines.finalDue).toBe('2026-03-11');
  });
});
