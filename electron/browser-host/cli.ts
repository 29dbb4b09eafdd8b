import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createApi } from '../services/create-api';
import { defaultDataDir } from '../services/data-dir';
import { browserArgs } from './browser-args';
import { findBrowser } from './find-browser';
import { writeLaunchFile, type LaunchFile } from './launch-file';
import { defaultLaunchTtlMs } from './launch-sessions';
import { startBrowserHost } from './server';

const { values } = parseArgs({
  options: {
    'no-open': { type: 'boolean', default: false },
    port: { type: 'string' },
    'data-dir': { type: 'string' },
  },
});

const dataDir = values['data-dir'] ? path.resolve(values['data-dir']) : defaultDataDir();
const rendererDir = fileURLToPath(new URL('../renderer', import.meta.url));
const { dispatch } = createApi({ dataDir, platform: { host: 'browser', appVersion: __APP_VERSION__ } });
let launchFile: LaunchFile | null = null;
const host = await startBrowserHost({
  dispatch,
  rendererDir,
  port: values.port ? Number(values.port) : 0,
  // The window is in: the forwarding page has done its job.
  onSessionStarted: () => launchFile?.remove(),
});

console.log(`Otasuke Desk is running at ${host.url}`);
console.log(`Data folder: ${dataDir}`);

/** A person copies a printed address by hand, so it lives longer than the one given to the window. */
const printedLaunchTtlMs = 120_000;
function printLaunchUrl(): void {
  console.log(`Open the app (this address works once, within 2 minutes): ${host.launchUrl(printedLaunchTtlMs)}`);
}

function shutdown(): void {
  launchFile?.remove();
  void host.close().then(() => process.exit(0));
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);

// On Linux a window needs a display; without one (a server, CI) just serve and print the address.
const hasDisplay = process.platform !== 'linux' || !!(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const browser = values['no-open'] || !hasDisplay ? null : findBrowser();
if (browser) {
  // The process list shows only a private file's path; the one-time code is inside the file.
  launchFile = writeLaunchFile(host.launchUrl(), defaultLaunchTtlMs);
  const args = browserArgs(launchFile.fileUrl, path.join(dataDir, 'browser-profile'));
  const openedAt = Date.now();
  const child = spawn(browser, args, { stdio: 'ignore' });
  child.on('error', () => {
    console.log('Could not open a browser; open the address below yourself.');
    printLaunchUrl();
  });
  child.on('exit', (code) => {
    // A browser that fails at once never showed the app: keep serving for another browser.
    if (code !== 0 && Date.now() - openedAt < 10_000) {
      console.log('Could not open a browser window; open the address below yourself.');
      printLaunchUrl();
      return;
    }
    console.log('The app window was closed.');
    shutdown();
  });
} else {
  if (!values['no-open']) {
    console.log(hasDisplay ? 'No Chromium or Chrome was found: open the address below in your browser.' : 'No display found: open the address below in a browser.');
  }
  printLaunchUrl();
}
