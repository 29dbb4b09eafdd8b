import { describe, expect, it } from 'vitest';
import { ApiCallError } from '../../../../renderer/src/api/api-error';
import { jsonStoreFile } from '../../../../electron/services/store/backend';
import { switchableDisk } from '../../../support/switchable-disk';
import { createInProcessApi } from '../../../support/in-process-api';
import { makeTempDir } from '../../../support/temp-dir';

async function rejection(call: Promise<unknown>): Promise<ApiCallError> {
  const error = await call.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(ApiCallError);
  return error as ApiCallError;
}

describe('a full disk or read-only folder while saving', () => {
  it.each([
    ['ENOSPC', 'storage_full'],
    ['EROFS', 'storage_read_only'],
  ])('%s: the save answers %s and the previous contact is still there after reopening', async (code, expected) => {
    const dataDir = makeTempDir('otasuke-full-');
    const disk = switchableDisk();
    const first = createInProcessApi({ dataDir, fileFactory: disk.factory });
    const company = await first.api.workspaces.create({ name: 'やまだ商店' });
    const all = await first.api.contacts.save({ role: 'insurer', organisation: '東西損保', person: '佐藤', contractNumber: 'A-123456' });
    const saved = all.find((c) => c.organisation === '東西損保')!;

    disk.fail(code);
    const error = await rejection(first.api.contacts.save({ ...saved, organisation: '書き換え後' }));
    expect(error.code).toBe(expected);
    // The running app still shows what is on disk, not the change that failed.
    expect((await first.api.contacts.list()).find((c) => c.id === saved.id)?.organisation).toBe('東西損保');

    const reopened = createInProcessApi({ dataDir, fileFactory: jsonStoreFile });
    await reopened.api.workspaces.switchTo({ id: company.id });
    const contact = (await reopened.api.contacts.list()).find((c) => c.id === saved.id);
    expect(contact).toMatchObject({ organisation: '東西損保', person: '佐藤', contractNumber: 'A-123456' });
    // Nothing was cut short, so nothing had to be restored from a backup.
    expect(reopened.services.notices.list()).toEqual([]);
  });
});
