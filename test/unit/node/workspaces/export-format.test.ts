import { describe, expect, it } from 'vitest';
import { exportFileName } from '../../../../shared/workspaces/transfer/export-format';
import { kdfProblem, maxScryptCostBytes } from '../../../../shared/workspaces/transfer/kdf-params';
import { passphraseStrength } from '../../../../shared/workspaces/transfer/passphrase-strength';
import { findUnsafeText, hasUnsafeText } from '../../../../shared/workspaces/transfer/unsafe-text';

const day = new Date('2026-11-25T10:00:00Z');

describe('exportFileName', () => {
  it('is the company name and the date', () => {
    expect(exportFileName('株式会社やまだ商店', day)).toBe('株式会社やまだ商店-2026-11-25.otasuke');
  });

  it('drops NUL, controls and bidi overrides, so "exe.txt" cannot pose as "txt.exe"', () => {
    expect(exportFileName('やまだ\u0000商店', day)).toBe('やまだ商店-2026-11-25.otasuke');
    expect(exportFileName('invoice\u202Etxt.exe', day)).toBe('invoicetxt.exe-2026-11-25.otasuke');
    expect(exportFileName('\u2066a\u2069\u0085b\u001b\n', day)).toBe('ab-2026-11-25.otasuke');
  });

  it('replaces characters no file system accepts, and never comes out empty', () => {
    expect(exportFileName('A/B:C*D?"E"<F>|G\\H', day)).toBe('A_B_C_D__E__F__G_H-2026-11-25.otasuke');
    expect(exportFileName('\u202E\u0000 ', day)).toBe('workspace-2026-11-25.otasuke');
  });
});

describe('unsafe text', () => {
  it('allows tabs and line breaks in text but not in names', () => {
    expect(hasUnsafeText('1行目\n2行目\tタブ')).toBe(false);
    expect(hasUnsafeText('やまだ\n商店', true)).toBe(true);
    expect(findUnsafeText({ contacts: [{ name: 'a\nb' }] })).toEqual(['contacts', 0, 'name']);
    expect(findUnsafeText({ notes: [{ note: 'a\nb' }] })).toBeNull();
  });

  it('finds a bidi character in a key too', () => {
    expect(findUnsafeText({ 'a\u202Eb': 1 })).toEqual(['a\u202Eb']);
  });
});

describe('scrypt parameters', () => {
  it('accepts what we write and what older versions wrote', () => {
    expect(kdfProblem({ N: 2 ** 17, r: 8, p: 1 })).toBeNull();
    expect(kdfProblem({ N: 2 ** 15, r: 8, p: 1 })).toBeNull();
  });

  it('refuses anything over 256 MiB of work, and parameters that make no sense', () => {
    expect(128 * 2 ** 18 * 8 * 1).toBe(maxScryptCostBytes); // exactly at the bound: accepted
    expect(kdfProblem({ N: 2 ** 18, r: 8, p: 1 })).toBeNull();
    expect(kdfProblem({ N: 2 ** 17, r: 8, p: 3 })).toBe('kdf_too_costly');
    expect(kdfProblem({ N: 2 ** 20, r: 16, p: 4 })).toBe('kdf_too_costly');
    expect(kdfProblem({ N: 2 ** 40, r: 1, p: 1 })).toBe('kdf_invalid');
    expect(kdfProblem({ N: 1000, r: 8, p: 1 })).toBe('kdf_invalid');
    expect(kdfProblem({ N: 2 ** 15, r: -1, p: 1 })).toBe('kdf_invalid');
    expect(kdfProblem({ N: Number.NaN, r: 8, p: 1 })).toBe('kdf_invalid');
  });
});

describe('passphrase strength (zxcvbn-ts)', () => {
  it.each(['12345678', 'password', 'qwertyui', 'aaaaaaaa', 'iloveyou1'])('%s is weak', (weak) => {
    const strength = passphraseStrength(weak);
    expect(strength.strong).toBe(false);
    expect(strength.hint).not.toBeNull();
  });

  it.each(['correct horse battery', 'そら-みかん-自転車-47', 'Tsubame-Kaki-Sora-42'])('%s is strong', (strong) => {
    expect(passphraseStrength(strong)).toMatchObject({ strong: true, hint: null });
  });

  it('leaning on the company name counts against a passphrase', () => {
    expect(passphraseStrength('yamadashoten2026', ['yamadashoten']).strong).toBe(false);
  });
});
