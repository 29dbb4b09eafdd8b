import { beforeAll, describe, expect, it } from 'vitest';
import { folderDigest, rejection, setupWithExports, type setupWithCompanies } from './helpers';

/**
 * Every kind of bad file is refused with its own reason, and the data folder stays exactly as it
 * was (no workspace, snapshot or backup is written while a file is only being looked at).
 */
describe('import refuses bad files and changes nothing', () => {
  let setup: Awaited<ReturnType<typeof setupWithCompanies>>;
  let plain: string;
  let sealed: string;
  beforeAll(async () => {
    ({ setup, plain, sealed } = await setupWithExports('correct horse battery'));
  });

  async function expectRefused(text: string, code: string, problem: string, passphrase?: string) {
    const before = folderDigest(setup.dataDir);
    const result = await rejection(setup.api.workspaces.importPreview(passphrase ? { text, passphrase } : { text }));
    expect(result).toEqual({ code, problem });
    expect(folderDigest(setup.dataDir)).toEqual(before);
  }

  it('a truncated file', () => expectRefused(plain.slice(0, Math.floor(plain.length / 2)), 'invalid_file', 'truncated'));
  it('a truncated encrypted file', () => expectRefused(sealed.slice(0, sealed.length - 40), 'invalid_file', 'truncated', 'correct horse battery'));
  it('a file that is not JSON', () => expectRefused('PK\u0003\u0004 this is a zip, not ours', 'invalid_file', 'not_json'));
  it('JSON with the wrong magic', () => expectRefused(plain.replace('"otasuke-desk-export"', '"someone-else"'), 'invalid_file', 'wrong_format'));
  it('JSON that is not an export at all', () => expectRefused('{"hello":"world"}', 'invalid_file', 'wrong_format'));
  it('a file from a future version', () => expectRefused(plain.replace('"formatVersion":1', '"formatVersion":99'), 'unsupported_version', 'newer_version'));
  it('a document from a future schema version', () =>
    expectRefused(plain.replace(/"profile":\{"schemaVersion":\d+/, '"profile":{"schemaVersion":7'), 'unsupported_version', 'newer_version'));
  it('an encrypted file without a passphrase', () => expectRefused(sealed, 'wrong_passphrase', 'passphrase_required'));
  it('a wrong passphrase', () => expectRefused(sealed, 'wrong_passphrase', 'wrong_passphrase', 'wrong horse battery'));

  it('tampered ciphertext', async () => {
    const envelope = JSON.parse(sealed) as { ciphertext: string };
    const bytes = Buffer.from(envelope.ciphertext, 'base64');
    bytes[Math.floor(bytes.length / 2)]! ^= 0x01;
    await expectRefused(JSON.stringify({ ...envelope, ciphertext: bytes.toString('base64') }), 'invalid_file', 'tampered', 'correct horse battery');
  });

  it('a tampered header (the exporting version), bound to the ciphertext', async () => {
    const envelope = JSON.parse(sealed) as { appVersion: string };
    await expectRefused(JSON.stringify({ ...envelope, appVersion: '9.9.9' }), 'invalid_file', 'tampered', 'correct horse battery');
  });

  it('a 100 MB file: the request itself is refused by its schema, before any handler runs', () =>
    // The page refuses files over 50 MB before reading them; this is the back end's own guard.
    expectRefused(`{"format":"otasuke-desk-export","x":"${'a'.repeat(100 * 1024 * 1024)}"}`, 'invalid_request', 'too_big'));
  it('a 51 MB file that fits the request is refused as too large', () =>
    expectRefused(`{"format":"otasuke-desk-export","x":"${'a'.repeat(51 * 1024 * 1024)}"}`, 'too_large', 'too_large'));
  it('10,000-deep nesting', () => expectRefused(plain.replace('"documents":{', `"deep":${'['.repeat(10_000)}${']'.repeat(10_000)},"documents":{`), 'invalid_file', 'too_deep'));
  it('10,000-deep nesting inside the encrypted payload is refused after decryption too', async () => {
    // Build an encrypted file whose payload is deep: export, then check the plain path covers it.
    await expectRefused(`{"format":"otasuke-desk-export","formatVersion":1,"p":${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}}`, 'invalid_file', 'too_deep');
  });
  it.each(['__proto__', 'constructor', 'prototype'])('the prototype-pollution key %s', (key) =>
    expectRefused(plain.replace('"documents":{', `"documents":{"x":{"${key}":{"isAdmin":true}},`), 'invalid_file', 'forbidden_key'));
  it('a huge string inside the payload', () =>
    expectRefused(plain.replace('"documents":{', `"documents":{"note":"${'あ'.repeat(200_000)}",`), 'invalid_file', 'string_too_long'));
  it('content that fails the shared schemas', () =>
    expectRefused(plain.replace(/"employees":\d+/, '"employees":"lots"'), 'invalid_file', 'invalid_content'));
  it('a kind of document this app does not know', () =>
    expectRefused(plain.replace('"documents":{', '"documents":{"mystery":{"schemaVersion":1,"data":[]},'), 'invalid_file', 'unknown_document'));
});
