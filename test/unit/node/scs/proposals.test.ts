import { describe, expect, it } from 'vitest';
import type { Contact } from '../../../../shared/contacts/schema';
import type { RecordEntry } from '../../../../shared/records/schema';
import { emptyRegisters, type Device, type Registers } from '../../../../shared/registers/schema';
import { proposalsFrom, type ProposalFacts } from '../../../../shared/scs/proposals';

const today = '2026-12-01';
const at = '2026-01-01T00:00:00.000Z';
const device = (name: string, more: Partial<Device>): Device =>
  ({ id: `dev-${name}`, name, deviceType: 'pc', maker: '', model: '', os: 'Windows 11', osVersion: '', user: '', location: '', networkId: null, updates: 'auto', updateCheckedOn: '2026-11-20', antiMalware: 'yes', antiMalwareProduct: '', diskEncryption: 'unknown', screenLock: 'yes', support: 'supported', note: '', updatedAt: at, ...more }) as Device;

function facts(more: Partial<ProposalFacts> = {}, registers: Partial<Registers> = {}): ProposalFacts {
  return { today, registers: { ...emptyRegisters(), ...registers }, records: [], contacts: [], selfCheck: null, ...more };
}
const byId = (f: ProposalFacts) => Object.fromEntries(proposalsFrom(f).map((p) => [p.criterionId, p]));

describe('answer once: proposals from what the company already keeps', () => {
  it('proposes nothing for a company that has entered nothing', () => {
    expect(proposalsFrom(facts())).toEqual([]);
  });

  it('patching comes from the device register: all checked recently → done, some late → partly, naming them', () => {
    const allGood = byId(facts({}, { devices: [device('受付PC', {}), device('事務PC', {})] }));
    expect(allGood['4-4-4-2']).toMatchObject({ value: 'done', source: 'devices' });
    expect(allGood['3-1-1-1']).toMatchObject({ value: 'done', facts: { count: 2 } });
    const late = byId(facts({}, { devices: [device('受付PC', { updateCheckedOn: '2026-05-01' }), device('事務PC', {}), device('古いPC', { support: 'endOfLife' })] }));
    expect(late['4-4-4-2']).toMatchObject({ value: 'partly', facts: { late: 1, names: '受付PC' } });
    expect(late['4-4-4-1']).toMatchObject({ value: 'notDone', facts: { names: '古いPC' } });
  });

  it('MFA comes from the cloud register: a service with MFA off or unknown keeps it from done', () => {
    const cloud = (name: string, mfa: 'yes' | 'no' | 'unknown') => ({ id: `cl-${name}`, name, purpose: '', data: '', adminAccounts: '', mfa, contract: '', contact: '', note: '', updatedAt: at });
    expect(byId(facts({}, { cloud: [cloud('メール', 'yes')] }))['4-1-3-2']).toMatchObject({ value: 'done', source: 'cloud' });
    expect(byId(facts({}, { cloud: [cloud('メール', 'yes'), cloud('会計', 'unknown')] }))['4-1-3-2']).toMatchObject({ value: 'partly', facts: { names: '会計' } });
  });

  it('training comes from the training log: within a year → done, older → not done; attendance kept → done', () => {
    const training = (date: string, attendees: string): RecordEntry => ({ kind: 'training', date, content: '不審メール', method: 'group', attendees, note: '', id: `tr-${date}`, createdAt: at, updatedAt: at }) as RecordEntry;
    expect(byId(facts({ records: [training('2026-04-01', '山田、佐藤')] }))).toMatchObject({ '4-2-2-1': { value: 'done', source: 'trainingLog' }, '4-2-2-2': { value: 'done' } });
    expect(byId(facts({ records: [training('2025-06-01', '')] }))).toMatchObject({ '4-2-2-1': { value: 'notDone' }, '4-2-2-2': { value: 'partly' } });
  });

  it('backups: a good restore test within a year → done; the IPA backup answer alone → partly', () => {
    const restore: RecordEntry = { kind: 'restoreTest', date: '2026-09-01', restored: '顧客台帳', result: 'ok', note: '', id: 'rt-1', createdAt: at, updatedAt: at } as RecordEntry;
    expect(byId(facts({ records: [restore] }))['4-3-4-3']).toMatchObject({ value: 'done', source: 'restoreTests' });
    expect(byId(facts({ selfCheck: { q11: 'yes' } }))['4-3-4-3']).toMatchObject({ value: 'partly', source: 'selfCheck' });
  });

  it('the incident contacts come from the emergency card, and need an authority for done', () => {
    const contact = (role: Contact['role'], callOrder: number | null) => ({ id: `c-${role}-${callOrder}`, role, organisation: role, person: '', phones: [], email: '', hours: '', contractNumber: '', notes: '', callOrder, lastCheckedAt: '', preset: null }) as Contact;
    expect(byId(facts({ contacts: [contact('itVendor', 1)] }))['6-1-1-2']).toMatchObject({ value: 'partly', source: 'contacts' });
    expect(byId(facts({ contacts: [contact('itVendor', 1), contact('police', null)] }))['6-1-1-2']).toMatchObject({ value: 'done' });
  });
});
