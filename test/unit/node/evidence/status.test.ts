import { describe, expect, it } from 'vitest';
import type { Evidence } from '../../../../shared/evidence/schema';
import { expiryStatus, filterEvidence, hashPrefix } from '../../../../shared/evidence/status';
import { sniffEvidenceType } from '../../../../electron/features/evidence/sniff';

const base: Evidence = {
  id: 'evidence-1', title: 't', proves: '', appliesOn: '2026-01-01', providedBy: '', reviewBy: null, claims: [], file: null, url: '', note: 'n',
  createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z',
};

describe('evidence expiry', () => {
  it('is expired after its review day, expiring soon within 30 days, current after that', () => {
    expect(expiryStatus({ reviewBy: '2026-12-02' }, '2026-12-03')).toBe('expired');
    expect(expiryStatus({ reviewBy: '2026-12-03' }, '2026-12-03')).toBe('expiringSoon');
    expect(expiryStatus({ reviewBy: '2027-01-02' }, '2026-12-03')).toBe('expiringSoon');
    expect(expiryStatus({ reviewBy: '2027-01-03' }, '2026-12-03')).toBe('current');
    expect(expiryStatus({ reviewBy: null }, '2026-12-03')).toBe('noExpiry');
  });

  it('filters expired, expiring and unused', () => {
    const all = [
      { ...base, id: 'old-one', reviewBy: '2026-06-30', claims: [{ kind: 'action' as const, id: 'a1' }] },
      { ...base, id: 'soon-one', reviewBy: '2026-12-20', claims: [{ kind: 'action' as const, id: 'a1' }] },
      { ...base, id: 'unused' },
    ];
    const ids = (f: Parameters<typeof filterEvidence>[1]) => filterEvidence(all, f, '2026-12-03').map((e) => e.id);
    expect([ids('expired'), ids('expiringSoon'), ids('unused')]).toEqual([['old-one'], ['soon-one'], ['unused']]);
    expect(hashPrefix('3f2a9c01' + '0'.repeat(56))).toBe('3F2A-9C01');
  });
});

describe('file type by content', () => {
  const bytes = (...b: number[]) => Uint8Array.from(b);
  it('knows images, PDF, office (zip) and UTF-8 text; refuses executables and binary', () => {
    expect(sniffEvidenceType(bytes(0xff, 0xd8, 0xff, 0xe0))).toBe('jpeg');
    expect(sniffEvidenceType(new TextEncoder().encode('%PDF-1.7\n'))).toBe('pdf');
    expect(sniffEvidenceType(bytes(0x50, 0x4b, 0x03, 0x04, 0x14))).toBe('office');
    expect(sniffEvidenceType(new TextEncoder().encode('機器名,OS\nPC-01,Windows 11\n'))).toBe('text');
    // A sample cut inside a multi-byte character is still text.
    expect(sniffEvidenceType(new TextEncoder().encode('バックアップ').subarray(0, 8))).toBe('text');
    expect(sniffEvidenceType(new TextEncoder().encode('MZ\u0090\u0000'))).toBeNull();
    expect(sniffEvidenceType(bytes(0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00))).toBeNull();
    expect(sniffEvidenceType(bytes(0xc3, 0x28, 0x41))).toBeNull();
  });
});
