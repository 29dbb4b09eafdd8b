import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contactsSpec } from '../../../../electron/features/contacts/documents';
import { NoticeLog } from '../../../../electron/services/notices';
import { createInProcessApi } from '../../../support/in-process-api';
import { makeTempDir } from '../../../support/temp-dir';

const now = () => new Date('2026-12-03T10:00:00Z');
const restored = { kind: 'restored_from_backup', document: 'contacts', movedTo: '/x/contacts.json.corrupt-1', backupTakenAt: null, reason: 'invalid' } as const;

describe('notices are kept on disk until dismissed', () => {
  it('a notice raised in one launch is still shown in the next, and a dismissed one is not', async () => {
    const dataDir = makeTempDir('otasuke-notices-');
    const first = createInProcessApi({ dataDir, backupPolicy: { keep: 10, minIntervalMs: 0 } });
    const company = await first.api.workspaces.create({ name: 'やまだ商店' });
    await first.api.contacts.save({ role: 'insurer', organisation: '東西損保', person: '佐藤' });
    const ws = first.services.workspaces.get(company.id);
    fs.writeFileSync(ws.document(contactsSpec).path, '{"schemaVersion": 1, "data": [trunc');

    const second = createInProcessApi({ dataDir });
    await second.api.workspaces.switchTo({ id: company.id });
    await second.api.workspaces.prepare();
    expect((await second.api.contacts.list()).map((c) => c.organisation)).toContain('東西損保');
    const [notice] = await second.api.app.notices();
    expect(notice).toMatchObject({ kind: 'restored_from_backup', document: 'contacts', reason: 'unreadable' });

    // The app is closed before the user saw it: the next launch still says what happened.
    const third = createInProcessApi({ dataDir });
    expect(await third.api.app.notices()).toEqual([notice]);
    await third.api.app.dismissNotice({ id: notice!.id });

    const fourth = createInProcessApi({ dataDir });
    expect(await fourth.api.app.notices()).toEqual([]);
  });

  it('the same step run again (after a crash) updates its notice instead of adding a second', () => {
    const file = path.join(makeTempDir('otasuke-notices-'), 'notices.json');
    const log = new NoticeLog(now, undefined, file);
    log.add(restored, 'contacts|backup-1');
    log.add({ ...restored, movedTo: '/x/contacts.json.corrupt-2' }, 'contacts|backup-1');
    log.add({ ...restored, document: 'profile' }, 'profile|backup-1');
    const again = new NoticeLog(now, undefined, file).list();
    expect(again.map((n) => [n.document, n.movedTo])).toEqual([
      ['contacts', '/x/contacts.json.corrupt-2'],
      ['profile', '/x/contacts.json.corrupt-1'],
    ]);
  });

  it('a damaged notices file is moved aside, and the app starts', () => {
    const dir = makeTempDir('otasuke-notices-');
    const file = path.join(dir, 'notices.json');
    fs.writeFileSync(file, '{"schemaVersion":1,"data":[{"id":"x","kind":"rm -rf"}]}');
    expect(new NoticeLog(now, undefined, file).list()).toEqual([]);
    expect(fs.readdirSync(dir).some((f) => f.startsWith('notices.json.corrupt-'))).toBe(true);
  });
});
