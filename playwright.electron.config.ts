import { defineConfig } from '@playwright/test';

/** The Electron smoke suite: runs where Electron's binary exists, and says it skipped elsewhere. */
export default defineConfig({
  testDir: 'test/electron',
  timeout: 60_000,
  workers: 1,
  reporter: [['list'], ['json', { outputFile: 'test-results/electron.json' }]],
});
