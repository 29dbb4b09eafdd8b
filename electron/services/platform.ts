/**
 * What differs between the Electron host and the browser host. Services reach Electron-only
 * features (dialogs, shell) only through this, so they run in plain Node too.
 */
export interface SaveFileRequest {
  suggestedName: string;
  data: Uint8Array;
  /** e.g. [{ name: 'PDF', extensions: ['pdf'] }] */
  filters: { name: string; extensions: string[] }[];
}

export interface Platform {
  host: 'electron' | 'browser';
  appVersion: string;
  /**
   * Asks the user where to save and writes the file; resolves to the path, or null when the
   * user cancelled. Absent in the browser host, where the page downloads the file itself.
   */
  saveFile?: (request: SaveFileRequest) => Promise<string | null>;
}
