import { app, BrowserWindow, ipcMain, protocol, session, shell } from 'electron';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startApiProcessHost } from '../api-process/api-process-host';
import { forkApiProcess } from './api-process';
import { handleAppRequest } from './app-protocol';
import { appEntryUrl, appScheme } from './app-url';
import { electronPlatform } from './electron-platform';
import { registerIpc } from './ipc';
import { denyAllPermissions, installSecurityHandlers } from './security';
import { mainWindowOptions } from './window-options';
import { askBeforeLeavingUnsaved } from './leave-guard';

const here = path.dirname(fileURLToPath(import.meta.url));
const rendererDir = path.join(here, '../renderer');
const preloadPath = path.join(here, '../preload/index.cjs');
const apiProcessEntry = path.join(here, 'api-process.js');
// electron-vite sets this only in `npm run dev`; packaged and `npm start` builds load app://.
const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;

// Checklist item 18: a standard, secure custom scheme instead of file://.
protocol.registerSchemesAsPrivileged([
  { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

if (process.env.OTASUKE_DATA_DIR) app.setPath('userData', path.resolve(process.env.OTASUKE_DATA_DIR));

installSecurityHandlers(app, (url) => shell.openExternal(url), devServerUrl);

async function createWindow(): Promise<void> {
  const window = new BrowserWindow(mainWindowOptions(preloadPath));
  window.once('ready-to-show', () => window.show());
  askBeforeLeavingUnsaved(window);
  await window.loadURL(devServerUrl ?? appEntryUrl);
}

app.whenReady().then(async () => {
  denyAllPermissions(session.defaultSession);
  protocol.handle(appScheme, (request) => handleAppRequest(request.url, rendererDir));
  // The back end runs in its own process; main only relays calls and shows the save dialog.
  const platform = electronPlatform();
  const options = { dataDir: app.getPath('userData'), appVersion: platform.appVersion };
  const api = startApiProcessHost(() => forkApiProcess(apiProcessEntry, options), { saveFile: (request) => platform.saveFile!(request) });
  app.on('will-quit', () => api.stop());
  registerIpc(ipcMain, api.dispatch, devServerUrl);
  await createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) void createWindow();
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
