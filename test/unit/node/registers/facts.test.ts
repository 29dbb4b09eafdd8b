import { describe, expect, it } from 'vitest';
import { demoCloudLinks, demoRegisters } from '../../../../shared/registers/demo';
import { cloudMfaFacts, deviceUpdateFacts, personalDataPeople } from '../../../../shared/registers/facts';
import { createInProcessApi } from '../../../support/in-process-api';

describe('register facts', () => {
  it('the demo company: 3 of 12 devices without a recent update check, one end of life, one cloud service without MFA, ~1,800 people', async () => {
    const app = createInProcessApi({ now: () => new Date('2026-12-07T03:00:00Z') });
    await app.api.workspaces.createDemo();
    const registers = await app.api.registers.all();
    const updates = deviceUpdateFacts(registers.devices, '2026-12-07');
    expect(updates.total).toBe(12);
    expect(updates.notRecentlyChecked).toEqual(['営業ノートPC 2', '倉庫の在庫PC', '営業用スマホ']);
    expect(updates.endOfLife).toEqual(['倉庫の在庫PC']);
    expect(cloudMfaFacts(registers.cloud)).toEqual({ total: 4, mfaOff: ['ネットショップ'], mfaUnknown: [] });
    expect(personalDataPeople(registers.information)).toEqual({ people: 1800, rows: 1, unknownRows: 0 });
    expect(registers.networks).toHaveLength(1);
    expect(registers.partners).toHaveLength(2);
    expect(registers.admins).toHaveLength(2);
    expect(registers.information[0]!.cloudId).toBe(registers.cloud[demoCloudLinks.information[0]]!.id);
  });

  it('counts a device never checked, and one checked 46 days ago, as not recently checked', () => {
    const base = demoRegisters(new Date('2026-12-07T03:00:00Z')).devices[0]!;
    const devices = [
      { ...base, id: 'a00001', updatedAt: '', name: 'A', updateCheckedOn: null },
      { ...base, id: 'a00002', updatedAt: '', name: 'B', updateCheckedOn: '2026-10-22' },
      { ...base, id: 'a00003', updatedAt: '', name: 'C', updateCheckedOn: '2026-10-23' },
    ];
    expect(deviceUpdateFacts(devices, '2026-12-07').notRecentlyChecked).toEqual(['A', 'B']);
  });

  it('sums people over personal-data rows only and says how many rows gave no number', () => {
    const rows = [
      { personalData: true, people: 1800 },
      { personalData: true, people: null },
      { personalData: false, people: 50 },
      { personalData: true, people: 200 },
    ] as never;
    expect(personalDataPeople(rows)).toEqual({ people: 2000, rows: 3, unknownRows: 1 });
  });
});
