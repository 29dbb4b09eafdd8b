import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

let builtDir: string | null = null;

/**
 * Benchmarks run the TypeScript sources, which have no worker bundles beside them: they build the
 * app and point here, so the work runs in the same workers as in the app.
 */
export function useBuiltWorkers(dir: string): void {
  builtDir = path.resolve(dir);
}

/**
 * A built worker bundle (e.g. `summary-worker.js`): next to the entry that is running, or one
 * folder up from a chunk. Null under a test runner, whose callers then do the work in place.
 */
export function builtWorkerFile(name: string): string | null {
  if (builtDir) return path.join(builtDir, name);
  for (const relative of [`./${name}`, `../${name}`]) {
    try {
      const file = fileURLToPath(new URL(relative, import.meta.url));
      if (fs.existsSync(file)) return file;
    } catch {
      // not a file: URL (e.g. under a test runner): fall through to in-thread work
    }
  }
  return null;
}
