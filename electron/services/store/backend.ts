import path from 'node:path';
import Conf from 'conf';

/** The raw file behind one document. Only the store module talks to it. */
export interface StoreFile {
  readonly path: string;
  /** Reads and parses the file; `{}` when it does not exist; throws when it cannot be parsed. */
  read(): unknown;
  /** Replaces the file atomically (temp file, fsync, rename). */
  write(value: unknown): void;
}

export interface StoreFileOptions {
  cwd: string;
  configName: string;
}

export type StoreFileFactory = (options: StoreFileOptions) => StoreFile;

/**
 * Options shared by electron-store (Electron host) and conf (browser host, tests, CLI), so both
 * hosts read and write byte-identical files.
 */
export function storeOptions(options: StoreFileOptions) {
  return {
    cwd: options.cwd,
    configName: options.configName,
    // A broken file must reach our recovery code, never be reset silently.
    clearInvalidConfig: false,
    configFileMode: 0o600,
    accessPropertiesByDotNotation: false,
    watch: false,
    // Compact JSON: files are rewritten whole on every change, so size is time.
    serialize: (value: unknown) => JSON.stringify(value),
  } as const;
}

/**
 * Adapts a conf-style store. The instance is made lazily because conf's constructor already
 * reads the file and throws on a damaged one; that must reach our recovery code as a read error.
 */
export function wrapConf(options: StoreFileOptions, create: () => { store: unknown }): StoreFile {
  let instance: { store: unknown } | undefined;
  const open = () => (instance ??= create());
  return {
    path: path.join(options.cwd, `${options.configName}.json`),
    read: () => {
      try {
        return open().store;
      } catch (error) {
        instance = undefined;
        throw error;
      }
    },
    write: (value) => {
      open().store = value as Record<string, unknown>;
    },
  };
}

/** conf directly: the same library electron-store wraps, without Electron. */
export const confStoreFile: StoreFileFactory = (options) =>
  wrapConf(options, () => new Conf<Record<string, unknown>>({ ...storeOptions(options), projectName: 'otasuke-desk' }));
