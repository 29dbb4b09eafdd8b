import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

/** `npm run bench`: each file measures against a baseline from the same run (never timed tests). */
export default defineConfig({
  plugins: [react()],
  test: {
    include: ['test/bench/**/*.bench.test.{ts,tsx}'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 600_000,
  },
});
