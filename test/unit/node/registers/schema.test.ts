import { describe, expect, it } from 'vitest';
import { registerFields, registerKinds } from '../../../../shared/registers/fields';
import { entryInputSchema, entryShapes, registersSchema, emptyRegisters } from '../../../../shared/registers/schema';
import { registersText } from '../../../../shared/registers/i18n';
import { createInProcessApi } from '../../../support/in-process-api';

const at = '2026-11-20T01:00:00.000Z';
const device = (id: string, extra: object = {}) => ({ ...entryInputSchema('devices', '2026-12-01').parse({ name: 'PC' }), id, updatedAt: at, ...extra });

describe('register schemas', () => {
  it('describes every field once, in the schema, the descriptions and both languages', () => {
    for (const kind of registerKinds) {
      const keys = registerFields[kind].map((f) => f.key);
      expect(keys.sort()).toEqual(Object.keys(entryShapes[kind]).sort());
      expect(Object.keys(registersText.ja.fields[kind]).sort()).toEqual(keys.sort());
      expect(Object.keys(registersText.en.fields[kind]).sort()).toEqual(keys.sort());
    }
  });

  it('refuses an update check dated after today, and accepts today', () => {
    const schema = entryInputSchema('devices', '2026-12-07');
    expect(schema.safeParse({ name: '経理PC', updateCheckedOn: '2026-12-07' }).success).toBe(true);
    const future = schema.safeParse({ name: '経理PC', updateCheckedOn: '2026-12-08' });
    expect(future.success).toBe(false);
    expect(future.error?.issues[0]).toMatchObject({ path: ['updateCheckedOn'], message: 'future_date' });
    expect(entryInputSchema('admins', '2026-12-07').safeParse({ holder: '山田', account: 'admin', reviewedOn: '2027-01-01' }).success).toBe(false);
  });

  it('refuses a stored register set with a repeated id or a reference to nothing', () => {
    const ok = { ...emptyRegisters(), devices: [device('dev-000001'), device('dev-000002')] };
    expect(registersSchema.safeParse(ok).success).toBe(true);
    const repeated = { ...emptyRegisters(), devices: [device('dev-000001'), device('dev-000001')] };
    expect(registersSchema.safeParse(repeated).error?.issues[0]).toMatchObject({ path: ['devices', 1, 'id'], message: 'duplicate_id' });
    const dangling = { ...emptyRegisters(), devices: [device('dev-000001', { networkId: 'net-missing' })] };
    expect(registersSchema.safeParse(dangling).error?.issues[0]).toMatchObject({ path: ['devices', 0, 'networkId'], message: 'unknown_reference' });
  });
});

describe('register commands', () => {
  it('saves, edits and removes through the API; a removed network leaves its devices unlinked', async () => {
    const app = createInProcessApi({ now: () => new Date('2026-12-07T03:00:00Z') });
    await app.api.workspaces.create({ name: 'やまだ商店' });
    const network = await app.api.registers.save({ register: 'networks', entry: { name: '本社の回線' } });
    const pc = await app.api.registers.save({ register: 'devices', entry: { name: '受付PC', networkId: network.id, updateCheckedOn: '2026-12-01' } });
    const { updatedAt: _, ...stored } = (await app.api.registers.all()).devices[0]!;
    await app.api.registers.save({ register: 'devices', entry: { ...stored, os: 'Windows 11' } });
    expect((await app.api.registers.all()).devices).toEqual([expect.objectContaining({ id: pc.id, os: 'Windows 11', networkId: network.id })]);
    await app.api.registers.remove({ register: 'networks', id: network.id });
    expect((await app.api.registers.all()).devices[0]).toMatchObject({ name: '受付PC', networkId: null });
  });

  it('refuses a future check date, an unknown reference and an unknown id, writing nothing', async () => {
    const app = createInProcessApi({ now: () => new Date('2026-12-07T03:00:00Z') });
    await app.api.workspaces.create({ name: 'やまだ商店' });
    const refuse = (payload: Record<string, unknown>) => app.dispatchInWindow('registers:save', payload);
    expect(await refuse({ register: 'devices', entry: { name: 'PC', updateCheckedOn: '2026-12-25' } })).toMatchObject({ ok: false, error: { code: 'invalid_request', issues: [{ path: ['updateCheckedOn'], code: 'future_date' }] } });
    expect(await refuse({ register: 'devices', entry: { name: 'PC', networkId: 'no-such-net' } })).toMatchObject({ ok: false, error: { code: 'invalid_request', issues: [{ path: ['networkId'], code: 'unknown_reference' }] } });
    expect(await refuse({ register: 'devices', entry: { id: 'no-such-device', name: 'PC' } })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await app.api.registers.all()).toEqual(emptyRegisters());
  });
});
