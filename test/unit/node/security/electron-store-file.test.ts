import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { jsonStoreFile } from '../../../../electron/services/store/backend';
import { makeTempDir } from '../../../support/temp-dir';

// electron-store reads app paths and registers an IPC listener at import; a fake main process.
vi.mock('electron', () => {
  const fake = {
    app: { getPath: () => makeTempDir('otasuke-userdata-'), getVersion: () => '0.0.0-test' },
    ipcMain: { on: () => {} },
    shell: {},
  };
  return { default: fake, ...fake };
});

const { electronStoreFile } = await import('../../../../electron/main/electron-store-file');

describe('electron-store file backend', () => {
  const value = { schemaVersion: 1, data: { name: '株式会社やまだ商店', count: 8, tags: ['a', 'b'] } };

  it('writes byte-for-byte the same file as conf, with owner-only permissions', () => {
    const a = makeTempDir();
    const b = makeTempDir();
    electronStoreFile({ cwd: a, configName: 'profile' }).write(value);
    jsonStoreFile({ cwd: b, configName: 'profile' }).write(value);
    const fromElectron = fs.readFileSync(path.join(a, 'profile.json'));
    expect(fromElectron.equals(fs.readFileSync(path.join(b, 'profile.json')))).toBe(true);
    expect(JSON.parse(fromElectron.toString('utf8'))).toEqual(value);
    if (process.platform !== 'win32') expect(fs.statSync(path.join(a, 'profile.json')).mode & 0o777).toBe(0o600);
  });

  it('reads what conf wrote, and the other way round', () => {
    const dir = makeTempDir();
    jsonStoreFile({ cwd: dir, configName: 'x' }).write(value);
    expect(electronStoreFile({ cwd: dir, configName: 'x' }).read()).toEqual(value);
    electronStoreFile({ cwd: dir, configName: 'y' }).write(value);
    expect(jsonStoreFile({ cwd: dir, configName: 'y' }).read()).toEqual(value);
  });

  it('throws on a damaged file instead of silently resetting it', () => {
    const dir = makeTempDir();
    fs.writeFileSync(path.join(dir, 'bad.json'), '{"schemaVersion":1,"da');
    expect(() => electronStoreFile({ cwd: dir, configName: 'bad' }).read()).toThrow();
    expect(fs.readFileSync(path.join(dir, 'bad.json'), 'utf8')).toBe('{"schemaVersion":1,"da');
  });
});
