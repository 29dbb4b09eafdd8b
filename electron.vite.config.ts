import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { apiContract } from './shared/api/contract';
import { channelList } from './shared/api/endpoint';

const pkg = JSON.parse(readFileSync(resolve(__dirname, 'package.json'), 'utf8')) as { version: string };
const define = { __APP_VERSION__: JSON.stringify(pkg.version) };
// The preload needs only the channel list, not the zod schemas: computed here at build time.
const channels = channelList(apiContract);

export default defineConfig({
  main: {
    define,
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'electron/main/index.ts'),
          // Electron's back end, in a utility process main forks (electron/api-process/entry.ts).
          'api-process': resolve(__dirname, 'electron/api-process/entry.ts'),
          'browser-host': resolve(__dirname, 'electron/browser-host/cli.ts'),
          'summary-cli': resolve(__dirname, 'electron/cli/summary.ts'),
          // Its own entry: summary PDFs are laid out in a worker thread (services/summary/off-thread.ts).
          'summary-worker': resolve(__dirname, 'electron/features/summary/summary-worker.ts'),
          // Import reading and export sealing, off the thread answering the UI (services/transfer/off-thread.ts).
          'transfer-worker': resolve(__dirname, 'electron/features/workspaces/transfer/transfer-worker.ts'),
          'registers-sheet-worker': resolve(__dirname, 'electron/features/registers/sheet-worker.ts'),
          'stats-cli': resolve(__dirname, 'electron/cli/stats.ts'),
        },
        // A native package loaded on first use (electron/services/duckdb.ts): never bundled.
        external: ['@duckdb/node-api'],
      },
    },
  },
  preload: {
    define: { __API_CHANNELS__: JSON.stringify(channels) },
    build: {
      outDir: 'out/preload',
      // A sandboxed preload has no module loader: one self-contained CommonJS file.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(__dirname, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    define,
    plugins: [react()],
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      emptyOutDir: true,
      minify: true,
      rollupOptions: { input: resolve(__dirname, 'renderer/index.html') },
    },
  },
});
