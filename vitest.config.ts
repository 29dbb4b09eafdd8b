import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: ['test/unit/node/**/*.test.ts'],
          // electron-store imports `electron`, which throws without its binary; tests mock it.
          server: { deps: { inline: ['electron-store'] } },
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['test/unit/dom/**/*.test.tsx'],
          setupFiles: ['test/unit/dom/setup.ts'],
        },
      },
    ],
  },
});
