import { monitorEventLoopDelay } from 'node:perf_hooks';
import { beforeAll, describe, expect, it } from 'vitest';
import { encrypt } from '../../../../electron/features/workspaces/transfer/crypto';
import { snapshotFiles } from '../../../support/file-snapshot';
import { rejection, setupWithCompanies, setupWithExports } from './helpers';

const passphrase = 'correct horse battery';

/** A sealed file as an older version of the app wrote it (scrypt N=2^15), from a plain export. */
async function sealedWith(plain: string, params: { N: number; r: number; p: number }): Promise<string> {
  const { payload, encryption: _none, ...head } = JSON.parse(plain) as { payload: unknown; encryption: null };
  const sealed = await encrypt(JSON.stringify(payload), passphrase, (encryption) => ({ ...head, encryption }), params);
  return JSON.stringify({ ...sealed.header, ciphertext: sealed.ciphertext, tag: sealed.tag });
}

describe('encrypted exports: scrypt cost is bounded and never blocks the host', () => {
  let setup: Awaited<ReturnType<typeof setupWithCompanies>>;
  let plain: string;
  let sealed: string;
  beforeAll(async () => {
    ({ setup, plain, sealed } = await setupWithExports(passphrase));
  });

  const withParams = (N: number, r: number, p: number) => {
    const envelope = JSON.parse(sealed) as { encryption: Record<string, unknown> };
    return JSON.stringify({ ...envelope, encryption: { ...envelope.encryption, N, r, p } });
  };

  it('new files use N=2^17, r=8, p=1', () => {
    expect((JSON.parse(sealed) as { encryption: object }).encryption).toMatchObject({ N: 2 ** 17, r: 8, p: 1 });
  });

  it('a header asking for N=2^20, r=16, p=4 (8 GiB of work) is refused before deriving, at once', async () => {
    const before = snapshotFiles(setup.dataDir);
    const started = performance.now();
    const result = await rejection(setup.api.workspaces.importPreview({ text: withParams(2 ** 20, 16, 4), passphrase }));
    expect(result).toEqual({ code: 'invalid_file', problem: 'kdf_too_costly' });
    // Deriving with these would take many seconds and gigabytes; refusing takes parsing time only.
    expect(performance.now() - started).toBeLessThan(1000);
    expect(snapshotFiles(setup.dataDir)).toEqual(before);
  });

  it('just over the bound (N=2^18, r=8, p=2 → 512 MiB) is refused; no passphrase needed to say so', async () => {
    expect(await rejection(setup.api.workspaces.importPreview({ text: withParams(2 ** 18, 8, 2) }))).toEqual({ code: 'invalid_file', problem: 'kdf_too_costly' });
  });

  it.each([
    ['N not a power of two', 3 * 2 ** 14, 8, 1],
    ['N below 1024', 2, 8, 1],
    ['r zero', 2 ** 15, 0, 1],
    ['p fractional', 2 ** 15, 8, 1.5],
    ['r huge', 2 ** 10, 1_000_000, 1],
  ])('parameters that make no sense (%s) are refused as invalid', async (_label, N, r, p) => {
    expect(await rejection(setup.api.workspaces.importPreview({ text: withParams(N, r, p), passphrase }))).toEqual({ code: 'invalid_file', problem: 'kdf_invalid' });
  });

  it('a file made with N=2^15 (older version) still imports', async () => {
    const old = await sealedWith(plain, { N: 2 ** 15, r: 8, p: 1 });
    const { token, preview } = await setup.api.workspaces.importPreview({ text: old, passphrase });
    expect(preview).toMatchObject({ company: 'サンプル株式会社', encrypted: true });
    const imported = await setup.api.workspaces.importCommit({ token, mode: 'new' });
    expect(imported.name).toBe('サンプル株式会社');
    expect((await setup.api.profile.get())?.name).toBe('サンプル株式会社');
  });

  it('the event loop keeps answering while a key is derived', async () => {
    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    let ticks = 0;
    const timer = setInterval(() => (ticks += 1), 5);
    await setup.api.workspaces.importPreview({ text: sealed, passphrase });
    clearInterval(timer);
    delay.disable();
    // A synchronous scrypt at N=2^17 holds the thread for hundreds of milliseconds in one go.
    expect(delay.max / 1e6).toBeLessThan(150);
    expect(ticks).toBeGreaterThan(0);
  });
});

describe('export passphrase strength', () => {
  it.each(['12345678', 'password1', 'qwertyuiop', 'aaaaaaaaaa', '2026-11-25'])('refuses the guessable passphrase %s, writing nothing', async (weak) => {
    const setup = await setupWithCompanies();
    const before = snapshotFiles(setup.dataDir);
    const result = await rejection(setup.api.workspaces.exportFile({ passphrase: weak }));
    expect(result).toEqual({ code: 'invalid_request', problem: 'weak_passphrase' });
    expect(snapshotFiles(setup.dataDir)).toEqual(before);
  });

  it('refuses the company name as passphrase', async () => {
    const setup = await setupWithCompanies();
    expect((await rejection(setup.api.workspaces.exportFile({ passphrase: 'サンプル株式会社' }))).problem).toBe('weak_passphrase');
  });
});
