import fs from 'node:fs';
import path from 'node:path';
import Conf from 'conf';
import { describe, expect, it } from 'vitest';
import { jsonStoreFile } from '../../../../electron/services/store/backend';
import { makeTempDir } from '../../../support/temp-dir';

/** conf exactly as the store backend used it before (electron-store passed the same options). */
const oldConf = (cwd: string, configName: string) =>
  new Conf<Record<string, unknown>>({
    cwd,
    configName,
    projectName: 'otasuke-desk',
    clearInvalidConfig: false,
    configFileMode: 0o600,
    accessPropertiesByDotNotation: false,
    watch: false,
    serialize: (value: unknown) => JSON.stringify(value),
  });

describe('JSON store file (replaces conf / electron-store)', () => {
  const value = { schemaVersion: 1, data: { name: '株式会社やまだ商店', count: 8, tags: ['a', 'b'], note: '改行\nと"引用"' } };

  it('writes byte-for-byte the file conf wrote, with owner-only permissions', () => {
    const a = makeTempDir();
    const b = makeTempDir();
    jsonStoreFile({ cwd: a, configName: 'profile' }).write(value);
    oldConf(b, 'profile').store = value;
    const ours = fs.readFileSync(path.join(a, 'profile.json'));
    expect(ours.equals(fs.readFileSync(path.join(b, 'profile.json')))).toBe(true);
    expect(JSON.parse(ours.toString('utf8'))).toEqual(value);
    if (process.platform !== 'win32') expect(fs.statSync(path.join(a, 'profile.json')).mode & 0o777).toBe(0o600);
    expect(fs.readdirSync(a)).toEqual(['profile.json']);
  });

  it('reads what conf wrote (existing data folders), and conf reads ours', () => {
    const dir = makeTempDir();
    oldConf(dir, 'x').store = value;
    expect(jsonStoreFile({ cwd: dir, configName: 'x' }).read()).toEqual(value);
    jsonStoreFile({ cwd: dir, configName: 'y' }).write(value);
    expect(oldConf(dir, 'y').store).toEqual(value);
    expect(jsonStoreFile({ cwd: dir, configName: 'missing' }).read()).toEqual({});
  });

  it('throws on a damaged file instead of silently resetting it', () => {
    const dir = makeTempDir();
    fs.writeFileSync(path.join(dir, 'bad.json'), '{"schemaVersion":1,"da');
    expect(() => jsonStoreFile({ cwd: dir, configName: 'bad' }).read()).toThrow();
    expect(fs.readFileSync(path.join(dir, 'bad.json'), 'utf8')).toBe('{"schemaVersion":1,"da');
  });
});
