import fs from 'node:fs';
import path from 'node:path';
import { nodeAtomicFs, writeFileAtomic, type AtomicFs } from './atomic-write';
import { crashPoint } from './crash-points';

/** The raw file behind one document. Only the store module talks to it. */
export interface StoreFile {
  readonly path: string;
  /** Reads and parses the file; `{}` when it does not exist; throws when it cannot be parsed. */
  read(): unknown;
  /** Replaces the file atomically (see writeFileAtomic); throws and leaves the old file on failure. */
  write(value: unknown): void;
}

export interface StoreFileOptions {
  cwd: string;
  configName: string;
}

export type StoreFileFactory = (options: StoreFileOptions) => StoreFile;

/**
 * Our own JSON file, in the exact format conf/electron-store wrote before (`<name>.json`,
 * compact `JSON.stringify`, mode 0600), so existing data folders open unchanged. conf could not
 * be kept: its write goes through `atomically`, which ignores short writes, and has no hook.
 * Reading mirrors conf too: a missing file is `{}`, a damaged one throws for our recovery code.
 */
export function jsonStoreFileWith(fsi: AtomicFs): StoreFileFactory {
  return (options) => {
    const file = path.join(options.cwd, `${options.configName}.json`);
    return {
      path: file,
      read: () => {
        let text: string;
        try {
          text = fs.readFileSync(file, 'utf8');
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code === 'ENOENT') return Object.create(null) as unknown;
          throw error;
        }
        return Object.assign(Object.create(null), JSON.parse(text)) as unknown;
      },
      write: (value) => {
        crashPoint('store: mkdir');
        fs.mkdirSync(options.cwd, { recursive: true, mode: 0o700 });
        writeFileAtomic(file, JSON.stringify(value), fsi);
      },
    };
  };
}

/** The store file both hosts, the CLI and the tests use. */
export const jsonStoreFile: StoreFileFactory = jsonStoreFileWith(nodeAtomicFs);
