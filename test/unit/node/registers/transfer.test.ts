import { describe, expect, it } from 'vitest';
import { createInProcessApi } from '../../../support/in-process-api';

describe('registers in company export and snapshots', () => {
  it('a company exported to .otasuke and imported as new keeps every register; a snapshot restore brings a deleted row back', async () => {
    const app = createInProcessApi({ now: () => new Date('2026-12-07T03:00:00Z') });
    const demo = await app.api.workspaces.createDemo();
    await app.api.workspaces.prepare();
    const original = await app.api.registers.all();
    const exported = await app.api.workspaces.exportFile({});
    const { token } = await app.api.workspaces.importPreview({ text: Buffer.from(exported.base64, 'base64').toString('utf8') });
    const copy = await app.api.workspaces.importCommit({ token, mode: 'new' });
    expect(copy.id).not.toBe(demo.id);
    expect(await app.api.registers.all()).toEqual(original);

    await app.api.workspaces.switchTo({ id: demo.id });
    const snapshot = (await app.api.workspaces.snapshots())[0]!;
    await app.api.registers.remove({ register: 'cloud', id: original.cloud[2]!.id });
    expect((await app.api.registers.all()).cloud).toHaveLength(3);
    await app.api.workspaces.restoreSnapshot({ id: snapshot.id });
    expect(await app.api.registers.all()).toEqual(original);
  });
});
