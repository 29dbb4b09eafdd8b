import { beforeAll, describe, expect, it } from 'vitest';
import { bucketOf, incidentBucketSpec } from '../../../../electron/features/incidents/documents';
import { snapshotFiles } from '../../../support/file-snapshot';
import { exportText, rejection, setupWithCompanies } from './helpers';

type Envelope = { payload: { meta: { name: string }; documents: Record<string, { schemaVersion: number; data: unknown }> } };
type Record_ = { id: string; [key: string]: unknown };

/**
 * Files whose every field passes the schemas but whose content would break the stores or mislead
 * on screen: refused with their own reason, and not one byte of the data folder changes.
 */
describe('import refuses hostile content and changes nothing', () => {
  let setup: Awaited<ReturnType<typeof setupWithCompanies>>;
  let plain: string;
  beforeAll(async () => {
    setup = await setupWithCompanies();
    plain = (await exportText(setup.api)).text;
  });

  /** The demo export, changed by `edit` on its parsed form. */
  function hostile(edit: (envelope: Envelope) => void): string {
    const envelope = JSON.parse(plain) as Envelope;
    edit(envelope);
    return JSON.stringify(envelope);
  }
  const list = (envelope: Envelope, name: string) => envelope.payload.documents[name]!.data as Record_[];
  const incidentBuckets = (envelope: Envelope) => Object.keys(envelope.payload.documents).filter((name) => name.startsWith('incidents-b'));

  async function expectRefused(text: string, problem: string) {
    const before = snapshotFiles(setup.dataDir);
    expect(await rejection(setup.api.workspaces.importPreview({ text }))).toEqual({ code: 'invalid_file', problem });
    expect(snapshotFiles(setup.dataDir)).toEqual(before);
    // Nothing was parked for a commit either: the company list is what it was.
    expect(await setup.api.workspaces.list()).toHaveLength(2);
  }

  it('the untouched file is accepted (so the refusals below are about the change)', async () => {
    await expect(setup.api.workspaces.importPreview({ text: plain })).resolves.toMatchObject({ preview: { company: 'サンプル株式会社' } });
  });

  it('two contacts with the same id', () =>
    expectRefused(hostile((e) => {
      const contacts = list(e, 'contacts');
      contacts.push({ ...contacts[0]!, organisation: '偽の保険会社' });
    }), 'duplicate_id'));

  it('two actions with the same id', () =>
    expectRefused(hostile((e) => {
      const actions = list(e, 'actions');
      actions[1] = { ...actions[1]!, id: actions[0]!.id };
    }), 'duplicate_id'));

  it('the same incident twice in its own bucket', () =>
    expectRefused(hostile((e) => {
      const bucket = list(e, incidentBuckets(e)[0]!);
      bucket.push({ ...bucket[0]!, title: '二重の記録' });
    }), 'duplicate_id'));

  it('an incident sitting in a bucket other than its id\'s', () =>
    expectRefused(hostile((e) => {
      const [from] = incidentBuckets(e);
      const incident = list(e, from!)[0]!;
      const wrong = incidentBucketSpec((bucketOf(incident.id) + 1) % 512).name;
      e.payload.documents[from!]!.data = [];
      e.payload.documents[wrong] = { schemaVersion: 1, data: [incident] };
    }), 'misplaced_record'));

  it('a right-to-left override in the company name', () =>
    expectRefused(hostile((e) => {
      e.payload.meta.name = 'サンプル\u202Eexe.txt';
    }), 'unsafe_text'));

  it('a NUL in a contact name', () =>
    expectRefused(hostile((e) => {
      list(e, 'contacts')[0]!.organisation = 'おまもり\u0000ネット';
    }), 'unsafe_text'));

  it.each([
    ['a C1 control', '\u0085'],
    ['a bidi isolate', '\u2067'],
    ['an escape character', '\u001B[31m'],
  ])('%s in an action title', (_label, bad) =>
    expectRefused(hostile((e) => {
      list(e, 'actions')[0]!.title = `連絡先を${bad}一覧にする`;
    }), 'unsafe_text'));

  it('line breaks in a note are ordinary text and still accepted', async () => {
    const text = hostile((e) => {
      list(e, 'actions')[0]!.note = '1行目\n2行目\tタブ';
    });
    await expect(setup.api.workspaces.importPreview({ text })).resolves.toHaveProperty('token');
  });
});
