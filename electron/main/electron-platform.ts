import { app, BrowserWindow, dialog } from 'electron';
import { storageError, writeFileAtomic } from '../services/store/atomic-write';
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
      try {
        writeFileAtomic(result.filePath, data); // 0600: saved files are marked 社外秘
      } catch (error) {
        throw storageError(error); // a full disk or read-only folder is named, not `internal`
      }
      return result.filePath;
    },
  };
}
