import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { apiContract } from '../../../../shared/api/contract';
import { channelList, listChannels } from '../../../../shared/api/endpoint';

const exposed: { name: string; value: Record<string, Record<string, (r?: unknown) => unknown>> }[] = [];
const invoke = vi.fn(async () => ({ ok: true, value: null }));
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (name: string, value: never) => exposed.push({ name, value }) },
  ipcRenderer: { invoke },
}));

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? sourceFiles(full) : /\.(ts|tsx|mjs|js)$/.test(e.name) ? [full] : [];
  });
}

describe('checklist items proved from the sources', () => {
  it('item 20: the preload exposes one `api` object with exactly the contract, and no raw Electron', async () => {
    // electron.vite.config.ts injects this list at build time; the test injects the same one.
    (globalThis as { __API_CHANNELS__?: unknown }).__API_CHANNELS__ = channelList(apiContract);
    await import('../../../../electron/preload/index');
    expect(exposed.map((e) => e.name)).toEqual(['api']);
    const api = exposed[0]!.value;
    const shape = Object.fromEntries(Object.entries(api).map(([ns, methods]) => [ns, Object.keys(methods).sort()]));
    expect(shape).toEqual(Object.fromEntries(Object.entries(apiContract).map(([ns, m]) => [ns, Object.keys(m).sort()])));
    for (const methods of Object.values(api)) for (const fn of Object.values(methods)) expect(typeof fn).toBe('function');
    // A call sends only its channel and the request data: no callbacks or event objects.
    await api.settings!.setLanguage!({ language: 'en' });
    expect(invoke).toHaveBeenCalledWith('settings:setLanguage', { language: 'en' });
    expect(listChannels(apiContract).length).toBe(Object.values(shape).flat().length);
  });

  it('items 3–4, 6, 8–11: no source file turns a security preference back off', () => {
    const offenders: string[] = [];
    const banned = [
      /nodeIntegration\w*\s*:\s*true/,
      /contextIsolation\s*:\s*false/,
      /sandbox\s*:\s*false/,
      /webSecurity\s*:\s*false/,
      /allowRunningInsecureContent\s*:\s*true/,
      /experimentalFeatures\s*:\s*true/,
      /enableBlinkFeatures/,
      /webviewTag\s*:\s*true/,
      /enableRemoteModule/,
    ];
    for (const file of [...sourceFiles('electron'), ...sourceFiles('renderer/src'), ...sourceFiles('shared')]) {
      const text = fs.readFileSync(file, 'utf8');
      for (const pattern of banned) if (pattern.test(text)) offenders.push(`${file}: ${pattern}`);
    }
    expect(offenders).toEqual([]);
  });

  it('item 19: release builds set the security fuses', () => {
    const yml = fs.readFileSync('electron-builder.yml', 'utf8');
    const fuses = Object.fromEntries([...yml.matchAll(/^\s{2}(\w+):\s*(true|false)\s*$/gm)].map((m) => [m[1], m[2] === 'true']));
    expect(fuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      grantFileProtocolExtraPrivileges: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      enableCookieEncryption: true,
    });
  });

  it('item 18: app:// is registered as a standard, secure scheme before ready; no file:// loads', () => {
    const main = fs.readFileSync('electron/main/index.ts', 'utf8');
    expect(main).toMatch(/registerSchemesAsPrivileged\(\[\s*\{\s*scheme: appScheme, privileges: \{ standard: true, secure: true, supportFetchAPI: true \}/);
    expect(main.indexOf('registerSchemesAsPrivileged')).toBeLessThan(main.indexOf('app.whenReady()'));
    // Code only (comments may mention file://): the window never loads a file: URL.
    expect(main.replace(/\/\/.*$/gm, '')).not.toMatch(/loadFile\(|['"`]file:/);
  });

  it('item 16: Electron is a current major, pinned exactly', () => {
    const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8')) as { devDependencies: Record<string, string> };
    expect(pkg.devDependencies.electron).toMatch(/^\d+\.\d+\.\d+$/);
    // 45 was current when this was written; the upgrade bot raises this floor with each major.
    expect(Number(pkg.devDependencies.electron!.split('.')[0])).toBeGreaterThanOrEqual(45);
  });
});
