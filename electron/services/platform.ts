/**
 * What differs between the Electron host and the browser host. Services reach Electron-only
 * features (dialogs, safeStorage, shell) only through this, so they run in plain Node too.
 */
export interface SaveFileRequest {
  suggestedName: string;
  data: Uint8Array;
  /** e.g. [{ name: 'PDF', extensions: ['pdf'] }] */
  filters: { name: string; extensions: string[] }[];
}

/** What the OS offers to protect a key at rest (Electron safeStorage). */
export interface KeyProtectionStatus {
  available: boolean;
  /** Linux only: the secret store in use, e.g. 'gnome_libsecret', 'kwallet5' or 'basic_text'. */
  backend: string | null;
  /** True when the "protection" is a hard-coded key (Linux basic_text): no real protection. */
  plainTextFallback: boolean;
}

export interface KeyProtection {
  status(): KeyProtectionStatus;
  protect(secret: string): Uint8Array;
  unprotect(sealed: Uint8Array): string;
}

export interface Platform {
  host: 'electron' | 'browser';
  appVersion: string;
  /**
   * Asks the user where to save and writes the file; resolves to the path, or null when the
   * user cancelled. Absent in the browser host, where the page downloads the file itself.
   */
  saveFile?: (request: SaveFileRequest) => Promise<string | null>;
  /** Electron only: safeStorage. Absent in the browser host, which has no OS key store. */
  keyProtection?: KeyProtection;
}
