import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { browserArgs } from '../../../../electron/browser-host/browser-args';
import { writeLaunchFile } from '../../../../electron/browser-host/launch-file';
import { defaultLaunchTtlMs, sessionCookieName } from '../../../../electron/browser-host/launch-sessions';
import { apiPath } from '../../../../shared/api/http-path';
import { launchPath, startBrowserHost, type BrowserHost } from '../../../../electron/browser-host/server';
import { createInProcessApi } from '../../../support/in-process-api';
import { makeTempDir } from '../../../support/temp-dir';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const cleanups: (() => void | Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function get(port: number, pathAndQuery: string, cookie = ''): Promise<{ status: number; setCookie: string[] }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: pathAndQuery, headers: cookie ? { cookie } : {} }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, setCookie: res.headers['set-cookie'] ?? [] }));
    });
    req.on('error', reject);
    req.end();
  });
}

function post(port: number, channel: string, cookie: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method: 'POST', path: apiPath(channel), headers: { cookie, 'content-type': 'application/json' } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end('{}');
  });
}

describe('the launched browser\'s command line', () => {
  it('holds nothing another process can sign in with; the code sits in a private file that goes once used', async () => {
    expect(fs.existsSync(chromium), `Chromium at ${chromium} (npm test installs it)`).toBe(true);
    const root = makeTempDir('otasuke-launch-test-');
    // A page that calls the API once loaded, as the app does: proof the window's cookie works.
    fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>ok</title><script src="/probe.js"></script>');
    fs.writeFileSync(path.join(root, 'probe.js'), `fetch('${apiPath('settings:get')}', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });`);
    const backend = createInProcessApi();
    let signedIn!: () => void;
    const windowSignedIn = new Promise<void>((resolve) => (signedIn = resolve));
    let calledApi!: () => void;
    const windowCalledApi = new Promise<void>((resolve) => (calledApi = resolve));
    const dispatch: typeof backend.dispatch = (channel, payload) => {
      if (channel === 'settings:get') calledApi();
      return backend.dispatch(channel, payload);
    };
    const host: BrowserHost = await startBrowserHost({ dispatch, rendererDir: root, onSessionStarted: () => signedIn() });
    cleanups.push(() => host.close());

    const launch = writeLaunchFile(host.launchUrl(), defaultLaunchTtlMs);
    cleanups.push(launch.remove);
    expect(fs.statSync(launch.path).mode & 0o777).toBe(0o600);
    expect(fs.statSync(path.dirname(launch.path)).mode & 0o777).toBe(0o700);

    // As the CLI opens it, headless so it runs without a display.
    const browser = spawn(chromium, [...browserArgs(launch.fileUrl, makeTempDir('otasuke-profile-'), true), '--headless=new', '--disable-gpu'], { stdio: 'ignore' });
    cleanups.push(() => void browser.kill('SIGKILL'));

    // A second process reads the browser's command line, as any local user can.
    const seen = spawnSync('cat', [`/proc/${browser.pid}/cmdline`], { encoding: 'utf8' }).stdout.split('\0').filter(Boolean);
    expect(seen.some((arg) => arg.includes(launch.fileUrl))).toBe(true);
    expect(seen.join(' ')).not.toMatch(/code=|127\.0\.0\.1/);
    // Whatever it found, tried as a launch code and as a session cookie, opens nothing.
    for (const arg of seen) {
      const token = encodeURIComponent(arg.replace(/^--[a-z-]+=/, ''));
      const asCode = await get(host.port, `${launchPath}?code=${token}`);
      expect(asCode.status).toBe(403);
      expect(asCode.setCookie).toEqual([]);
      expect(await post(host.port, 'settings:get', `${sessionCookieName(host.port)}=${token}`)).toBe(403);
    }

    // The browser itself gets in (its code was not spent by the attempts above), and the page is gone.
    const within = (promise: Promise<void>, what: string) =>
      Promise.race([promise, new Promise((_, reject) => setTimeout(() => reject(new Error(what)), 20_000))]);
    await within(windowSignedIn, 'the browser did not spend its launch code');
    await within(windowCalledApi, 'the page did not reach the API with its session cookie');
    expect(fs.existsSync(launch.path)).toBe(true); // the CLI removes it on sign-in; here the test does
    launch.remove();
    expect(fs.existsSync(path.dirname(launch.path))).toBe(false);
  }, 40_000);
});
