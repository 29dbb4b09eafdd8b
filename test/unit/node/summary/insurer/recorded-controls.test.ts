import { describe, expect, it } from 'vitest';
import type { Evidence } from '../../../../../shared/evidence/schema';
import { demoProfile } from '../../../../../shared/profile/demo';
import type { RecordEntry } from '../../../../../shared/records/schema';
import { emptyRegisters, type Registers } from '../../../../../shared/registers/schema';
import { toControlFacts } from '../../../../../shared/summary/insurer/control-facts';
import { insurerControls } from '../../../../../shared/summary/insurer/controls';
import { evidenceLines } from '../../../../../shared/summary/insurer/evidence-text';
import type { SummarySelfCheck } from '../../../../../shared/summary/input';
import { fixtureSelfCheck } from '../../../../fixtures/summary-input';

const today = '2026-12-07';
const check = (answers: Record<string, 'yes' | 'partly' | 'no' | 'unknown'>): SummarySelfCheck => ({
  ...fixtureSelfCheck(),
  answers: Object.fromEntries(Object.entries(answers).map(([q, answer]) => [q, { answer, answeredAt: '2026-11-20' }])),
});
const cloud = (name: string, mfa: 'yes' | 'no' | 'unknown') => ({ id: `c-${name}`, updatedAt: `${today}T00:00:00Z`, name, purpose: '', data: '', adminAccounts: '', mfa, contract: '', contact: '', note: '' });
const device = (name: string, antiMalware: 'yes' | 'no' | 'unknown') =>
  ({ id: `d-${name}`, updatedAt: `${today}T00:00:00Z`, name, deviceType: 'pc', maker: '', model: '', os: '', osVersion: '', user: '', location: '', networkId: null, updates: 'auto', updateCheckedOn: today, antiMalware, antiMalwareProduct: '', diskEncryption: 'unknown', screenLock: 'unknown', support: 'supported', note: '' }) as Registers['devices'][number];
const restore = (date: string, result: 'ok' | 'partial' | 'failed') => ({ id: `r-${date}`, kind: 'restoreTest', date, restored: '顧客名簿', result, note: '', createdAt: `${date}T09:00:00Z`, updatedAt: `${date}T09:00:00Z` }) as unknown as RecordEntry;
const file = (title: string, q: string, reviewBy: string | null) =>
  ({ id: `e-${title}`, title, proves: '', appliesOn: '2026-11-01', providedBy: '', reviewBy, claims: [{ kind: 'selfCheckAnswer', id: q }], file: { originalName: 'a.png', type: 'png', bytes: 10, sha256: 'ab'.repeat(32), storedAs: '00000000-0000-4000-8000-000000000000' }, url: '', note: '', createdAt: '', updatedAt: '' }) as unknown as Evidence;

function controls(registers: Partial<Registers>, records: RecordEntry[] = [], evidence: Evidence[] = [], answers = {}) {
  const facts = toControlFacts({ ...emptyRegisters(), ...registers }, records, evidence, today);
  return insurerControls({ selfCheck: check(answers), profile: demoProfile(), controlFacts: facts });
}
const control = (list: ReturnType<typeof controls>, id: string) => list.find((c) => c.id === id)!;

describe('insurer controls from the registers, records and evidence', () => {
  it('MFA: all services on → 実施, one off → 一部 naming it, none on → 未実施; no cloud register → 不明 (nothing asks)', () => {
    expect(control(controls({ cloud: [cloud('Microsoft 365', 'yes'), cloud('会計', 'yes')] }), 'mfa').state).toBe('implemented');
    const partly = control(controls({ cloud: [cloud('Microsoft 365', 'yes'), cloud('ネットショップ管理', 'no')] }), 'mfa');
    expect(partly.state).toBe('partial');
    expect(evidenceLines(partly, '', 'ja').join('\n')).toContain('2段階認証を使っていない：ネットショップ管理');
    expect(control(controls({ cloud: [cloud('ネットショップ管理', 'no')] }), 'mfa').state).toBe('notImplemented');
    expect(control(controls({}), 'mfa').state).toBe('unknown');
  });

  it('anti-malware: the device register outranks a "yes" answer when a device has none', () => {
    const list = controls({ devices: [device('受付PC', 'yes'), device('倉庫PC', 'no')] }, [], [], { q02: 'yes' });
    expect(control(list, 'antiMalware').state).toBe('partial');
    expect(evidenceLines(control(list, 'antiMalware'), '', 'en').join('\n')).toContain('no anti-malware on 倉庫PC');
    // A register that says nothing about anti-malware leaves the answer to decide.
    expect(control(controls({ devices: [device('受付PC', 'unknown')] }, [], [], { q02: 'yes' }), 'antiMalware').state).toBe('implemented');
  });

  it('restore test: a good one this year → 実施, a partial one → 一部, one over a year ago → 未実施 with its day', () => {
    expect(control(controls({}, [restore('2026-10-01', 'ok')]), 'restoreTest').state).toBe('implemented');
    expect(control(controls({}, [restore('2026-10-01', 'partial')]), 'restoreTest').state).toBe('partial');
    const old = control(controls({}, [restore('2025-06-01', 'ok')]), 'restoreTest');
    expect(old.state).toBe('notImplemented');
    expect(evidenceLines(old, '', 'ja').join('\n')).toMatch(/最後の復元テスト：2025年6月1日「顧客名簿」（戻せた）（1年以上前）/);
  });

  it('cites evidence linked to the deciding answer by title, day and hash prefix; expired evidence is not cited', () => {
    const list = controls({}, [], [file('バックアップの設定画面', 'q11', null), file('古い契約書', 'q11', '2026-01-01')], { q11: 'yes' });
    const lines = evidenceLines(control(list, 'backup'), '', 'ja').join('\n');
    expect(lines).toContain('証跡：バックアップの設定画面（2026年11月1日・SHA-256 abababababab…）');
    expect(lines).not.toContain('古い契約書');
  });
});

describe('patching from the device register', () => {
  it('is 一部 when some devices had no recent update check, naming them, though the answer said yes', () => {
    const stale = { ...device('倉庫PC', 'yes'), updateCheckedOn: '2026-06-01' };
    const list = controls({ devices: [device('受付PC', 'yes'), stale] }, [], [], { q01: 'yes' });
    expect(control(list, 'patching').state).toBe('partial');
    expect(evidenceLines(control(list, 'patching'), '', 'ja').join('\n')).toContain('倉庫PC');
    expect(control(controls({ devices: [device('受付PC', 'yes')] }, [], [], { q01: 'no' }), 'patching').state).toBe('implemented');
  });
});
