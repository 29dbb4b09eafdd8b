import { app, BrowserWindow, ipcMain, protocol, session, shell } from 'electron';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApi } from '../services/create-api';
import { handleAppRequest } from './app-protocol';
import { appEntryUrl, appScheme } from './app-url';
import { electronPlatform } from './electron-platform';
import { registerIpc } from './ipc';
import { denyAllPermissions, installSecurityHandlers } from './security';
import { mainWindowOptions } from './window-options';

const here = path.dirname(fileURLToPath(import.meta.url));
const rendererDir = path.join(here, '../renderer');
const preloadPath = path.join(here, '../preload/index.cjs');
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
  await window.loadURL(devServerUrl ?? appEntryUrl);
}

app.whenReady().then(async () => {
  denyAllPermissions(session.defaultSession);
  protocol.handle(appScheme, (request) => handleAppRequest(request.url, rendererDir));
  const { dispatch } = createApi({
    dataDir: app.getPath('userData'),
    platform: electronPlatform(),
  });
  registerIpc(ipcMain, dispatch, devServerUrl);
  await createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) void createWindow();
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
