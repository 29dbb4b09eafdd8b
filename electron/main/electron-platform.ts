import { app, BrowserWindow, dialog } from 'electron';
import { writeFile } from 'atomically';
import type { Platform } from '../services/platform';

/** The Electron side of the platform interface: native save dialog, atomic write. */
export function electronPlatform(): Platform {
  return {
    host: 'electron',
    appVersion: app.getVersion(),
    saveFile: async ({ suggestedName, data, filters }) => {
      const window = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
      const options = { defaultPath: suggestedName, filters };
      const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
      if (result.canceled || !result.filePath) return null;
      await writeFile(result.filePath, data, { mode: 0o600 });
      return result.filePath;
    },
  };
}
